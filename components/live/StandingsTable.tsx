// Players by rank with their score and right answers (and, in the report, how many they answered). No hooks:
// the report (server) and the podium (client) both render it with their own labels.
export type TStandingRow = { id: string; rank: number; nickname: string; score: number; correctCount: number; answered?: number };

export function StandingsTable(props: {
  rows: TStandingRow[];
  labels: { caption: string; rank: string; nickname: string; score: string; correct: string; answered?: string };
  testId?: string;
}) {
  const { labels } = props;
  return (
    <table data-testid={props.testId}>
      <caption className="visually-hidden">{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {labels.rank}
          </th>
          <th scope="col">{labels.nickname}</th>
          <th scope="col" className="num">
            {labels.score}
          </th>
          <th scope="col" className="num">
            {labels.correct}
          </th>
          {labels.answered && (
            <th scope="col" className="num">
              {labels.answered}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <td className="num">{row.rank}</td>
            <td>{row.nickname}</td>
            <td className="num">{row.score}</td>
            <td className="num">{row.correctCount}</td>
            {labels.answered && <td className="num">{row.answered}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
