/**
 * A handout address that does not open (mistyped, cut short, or a guide that has since been
 * removed): the language is in the address, so both languages say what to do next.
 */
export default function WebHandoutNotFound() {
  return (
    <div className="web-handout">
      <section lang="en" aria-labelledby="not-found-en">
        <h1 id="not-found-en">This handout link does not open</h1>
        <p>The address may be mistyped or cut short. Scan the code on your printed handout again, or type the address exactly as it is printed.</p>
        <p>If it still does not open, call your clinic: its phone number is on your printed handout.</p>
      </section>
      <section lang="es" aria-labelledby="not-found-es">
        <h2 id="not-found-es">Este enlace de la hoja no abre</h2>
        <p>Puede que la dirección tenga un error o esté incompleta. Escanee otra vez el código de su hoja impresa, o escriba la dirección tal como está impresa.</p>
        <p>Si aún no abre, llame a su clínica: su número de teléfono está en su hoja impresa.</p>
      </section>
    </div>
  )
}
