// Read-aloud with the browser's speech synthesis, in a German voice when one exists.
export function speakGerman(text: string): boolean {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return false;
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "de-DE";
  const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith("de"));
  if (voice) utterance.voice = voice;
  utterance.rate = 0.95;
  synth.speak(utterance);
  return true;
}
