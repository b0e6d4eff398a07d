import { DataTable, type TColumn } from "@/components/ui/DataTable";

// Players by rank with their score and right answers (and, in the report, how many they answered). No hooks:
// the report (server) and the podium (client) both render it with their own labels.
export type TStandingRow = { id: string; rank: number; nickname: string; score: number; correctCount: number; answered?: number };

export function StandingsTable(props: {
  rows: TStandingRow[];
  labels: { caption: string; rank: string; nickname: string; score: string; correct: string; answered?: string };
  testId?: string;
}) {
  const { labels } = props;
  const columns: TColumn<TStandingRow>[] = [
    { key: "rank", header: labels.rank, numeric: true, cell: (row) => row.rank },
    { key: "nickname", header: labels.nickname, cell: (row) => row.nickname },
    { key: "score", header: labels.score, numeric: true, cell: (row) => row.score },
    { key: "correct", header: labels.correct, numeric: true, cell: (row) => row.correctCount },
  ];
  if (labels.answered) columns.push({ key: "answered", header: labels.answered, numeric: true, cell: (row) => row.answered });
  return (
    <DataTable testId={props.testId} caption={labels.caption} columns={columns} rows={props.rows} rowKey={(row) => row.id} />
  );
}
