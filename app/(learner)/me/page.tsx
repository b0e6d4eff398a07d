import { NicknameForm, RecoverForm, RecoveryCodePanel } from "@/components/boards/ProfileForms";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { currentPlayer } from "@/lib/players/endpoints/session";

export const dynamic = "force-dynamic";

export default async function ProfilePage() {
  const lang = await getLang();
  const player = await currentPlayer();
  return (
    <>
      <h1>{translate(lang, "me.title")}</h1>
      <p className="muted" style={{ maxWidth: "48rem" }}>
        {translate(lang, "me.intro")}
      </p>
      <div className="grid-cards">
        <NicknameForm player={player ?? null} />
        <RecoveryCodePanel hasPlayer={Boolean(player)} />
        <RecoverForm />
      </div>
    </>
  );
}
