// The app's seeded PRNG (the demo story uses it too), for synthetic review histories in tests.
export { createRandom } from "@/lib/core/random/create-random";
