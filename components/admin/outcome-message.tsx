/**
 * What an action answered, next to the control that ran it: a status when it went through, an alert (read out at once)
 * when it did not.
 */
export function OutcomeMessage({ ok, text, id, className = '' }: { ok: boolean; text: string; id?: string; className?: string }) {
  return (
    <p id={id} role={ok ? 'status' : 'alert'} className={`text-sm ${ok ? 'text-green-800' : 'text-accent'} ${className}`.trim()}>
      {text}
    </p>
  );
}
