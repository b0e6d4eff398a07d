// A form's message under its fields: a refusal is read out at once (an alert, in the error style), a success
// politely (a status). The paragraph stays in place while empty, so that the first message is announced too.
export function FormMessage({ ok = false, children }: { ok?: boolean; children?: React.ReactNode }) {
  return (
    <p className={ok ? "" : "field-error"} role={ok ? "status" : "alert"}>
      {children}
    </p>
  );
}
