export default function HomePage() {
  return (
    <main>
      <h1>Putins Verbündete</h1>
      <p>
        Welche Länder stehen im Krieg gegen die Ukraine an Russlands Seite? Lerne ihre Anführer, ihre Bündnisse und
        ihre Unterstützung kennen – jede Frage mit ihrer Quelle.
      </p>
    </main>
  );
}
