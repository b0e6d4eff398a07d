// The teacher's side around the games: accounts, the dashboard, classes with their roster, handing a game to
// another device.
import type { TMessages } from "./types";

export const classroomMessages = {
  // Accounts
  "teacher.signIn": { de: "Anmelden", en: "Sign in" },
  "teacher.signUp": { de: "Konto anlegen", en: "Create account" },
  "teacher.forgot": { de: "Passwort vergessen", en: "Forgot password" },
  "teacher.accountIntro": {
    de: "Mit einem Lehrkraft-Konto gehören dir deine Klassen, Spiele, Aufgaben und Berichte – auf jedem Gerät. Schüler:innen brauchen kein Konto.",
    en: "With a teacher account your classes, games, assignments and reports are yours – on every device. Students need no account.",
  },
  "teacher.name": { de: "Dein Name (so sehen ihn deine Klassen)", en: "Your name (as your classes see it)" },
  "teacher.login": { de: "Benutzername oder E-Mail", en: "User name or e-mail" },
  "teacher.loginHint": {
    de: "Ein Benutzername hat 3 bis 30 Zeichen: Buchstaben a–z, Ziffern, Punkt oder Unterstrich. Es wird keine E-Mail verschickt.",
    en: "A user name has 3 to 30 characters: letters a–z, digits, dots or underscores. No e-mail is ever sent.",
  },
  "teacher.password": { de: "Passwort", en: "Password" },
  "teacher.passwordHint": { de: "Mindestens 10 Zeichen.", en: "At least 10 characters." },
  "teacher.newPassword": { de: "Neues Passwort", en: "New password" },
  "teacher.recoveryCode": { de: "Wiederherstellungscode", en: "Recovery code" },
  "teacher.recoverIntro": {
    de: "Gib den Wiederherstellungscode ein, den du beim Anlegen des Kontos notiert hast. Danach bist du auf allen anderen Geräten abgemeldet.",
    en: "Enter the recovery code you noted when you created the account. Afterwards you are signed out on every other device.",
  },
  "teacher.setPassword": { de: "Neues Passwort setzen", en: "Set new password" },
  "teacher.recoveryShow": {
    de: "Dein Wiederherstellungscode – schreib ihn auf. Ohne E-Mail ist er der einzige Weg zurück, wenn du das Passwort vergisst. Er wird nur jetzt angezeigt.",
    en: "Your recovery code – write it down. Without e-mail it is the only way back if you forget the password. It is shown only now.",
  },
  "teacher.recoveryNoted": { de: "Notiert – weiter", en: "Noted – continue" },
  "teacher.signedInAs": { de: "Angemeldet als {name} ({login})", en: "Signed in as {name} ({login})" },
  "teacher.signOut": { de: "Abmelden", en: "Sign out" },
  "teacher.signOutEverywhere": { de: "Überall abmelden", en: "Sign out everywhere" },
  "teacher.err.wrong_login": {
    de: "Benutzername, E-Mail oder Passwort stimmt nicht.",
    en: "The user name, e-mail or password is wrong.",
  },
  "teacher.err.wrong_recovery_code": {
    de: "Benutzername, E-Mail oder Wiederherstellungscode stimmt nicht.",
    en: "The user name, e-mail or recovery code is wrong.",
  },
  "teacher.err.wait": {
    de: "Zu viele Fehlversuche. Bitte warte {seconds} Sekunden und versuche es dann noch einmal.",
    en: "Too many wrong tries. Please wait {seconds} seconds, then try again.",
  },
  "teacher.err.login_taken_user": {
    de: "Diesen Benutzernamen gibt es schon. Wähle einen anderen oder melde dich an.",
    en: "This user name is taken. Choose another or sign in.",
  },
  "teacher.err.login_taken_email": {
    de: "Mit dieser E-Mail gibt es schon ein Konto. Melde dich an.",
    en: "An account with this e-mail exists. Sign in.",
  },
  "teacher.err.invalid_login": {
    de: "Gib einen Benutzernamen (3–30 Zeichen: a–z, Ziffern, . oder _) oder eine E-Mail-Adresse ein.",
    en: "Enter a user name (3–30 characters: a–z, digits, . or _) or an e-mail address.",
  },
  "teacher.err.password": { de: "Das Passwort braucht 10 bis 128 Zeichen.", en: "The password needs 10 to 128 characters." },
  "teacher.err.name": { de: "Dein Name braucht 2 bis 60 Zeichen.", en: "Your name needs 2 to 60 characters." },

  // Dashboard
  "dashboard.title": { de: "Klassenzimmer", en: "Classroom" },
  "dashboard.claim": {
    de: "In diesem Browser hast du vor der Anmeldung {games} Spiel(e) und {groups} Klasse(n) erstellt.",
    en: "In this browser you created {games} game(s) and {groups} class(es) before signing in.",
  },
  "dashboard.claimButton": { de: "In mein Konto übernehmen", en: "Move into my account" },
  "dashboard.claimed": { de: "Übernommen.", en: "Moved into your account." },
  "dashboard.classes": { de: "Meine Klassen", en: "My classes" },
  "dashboard.noClasses": {
    de: "Noch keine Klasse. Lege eine an: Die Schüler:innen treten mit dem Beitrittscode bei.",
    en: "No class yet. Create one: students join with its join code.",
  },
  "dashboard.liveGames": { de: "Meine Live-Spiele", en: "My live games" },
  "dashboard.assignments": { de: "Meine Aufgaben", en: "My assignments" },
  "dashboard.none": { de: "Noch keine.", en: "None yet." },
  "dashboard.running": { de: "Läuft", en: "Running" },
  "dashboard.finished": { de: "Beendet", en: "Finished" },
  "dashboard.open": { de: "Offen", en: "Open" },
  "dashboard.due": { de: "Bald fällig", en: "Due soon" },
  "dashboard.done": { de: "Abgeschlossen", en: "Done" },
  "dashboard.players": { de: "{count} Teilnehmende", en: "{count} players" },
  "dashboard.until": { de: "bis {date}", en: "until {date}" },
  "dashboard.open.host": { de: "Öffnen", en: "Open" },
  "dashboard.report": { de: "Bericht", en: "Report" },
  "dashboard.again": { de: "Nochmal starten", en: "Start again" },
  "dashboard.delete": { de: "Löschen", en: "Delete" },
  "dashboard.deleteConfirm": {
    de: "„{title}“ vom {date} mit Bericht löschen? Das lässt sich nicht rückgängig machen.",
    en: "Delete “{title}” of {date} with its report? This cannot be undone.",
  },
  "dashboard.cancel": { de: "Abbrechen", en: "Cancel" },
  "dashboard.manage": { de: "Verwalten", en: "Manage" },

  // A class, for its teacher
  "class.joinCode": { de: "Beitrittscode", en: "Join code" },
  "class.joinHow": {
    de: "Die Schüler:innen öffnen {url}, wählen „Klasse beitreten“ und geben den Code ein.",
    en: "Students open {url}, choose “Join a class” and enter the code.",
  },
  "class.renewCode": { de: "Neuen Code erzeugen", en: "New code" },
  "class.renewConfirm": {
    de: "Der alte Code funktioniert danach nicht mehr. Wer schon beigetreten ist, bleibt in der Klasse.",
    en: "The old code stops working. Whoever already joined stays in the class.",
  },
  "class.roster": { de: "Mitglieder", en: "Members" },
  "class.rosterEmpty": { de: "Noch niemand beigetreten.", en: "Nobody has joined yet." },
  "class.nickname": { de: "Spitzname", en: "Nickname" },
  "class.joined": { de: "Beigetreten", en: "Joined" },
  "class.lastActive": { de: "Zuletzt aktiv", en: "Last active" },
  "class.quizzes": { de: "Quiz", en: "Quizzes" },
  "class.games": { de: "Spiele/Aufgaben", en: "Games/assignments" },
  "class.remove": { de: "Entfernen", en: "Remove" },
  "class.removeConfirm": {
    de: "{name} aus der Klasse entfernen? Die Punkte verschwinden aus der Bestenliste der Klasse.",
    en: "Remove {name} from the class? Their points leave the class's leaderboard.",
  },
  "class.removed": { de: "{name} wurde entfernt.", en: "{name} was removed." },
  "class.newGame": { de: "Spiel für diese Klasse", en: "Game for this class" },
  "class.delete": { de: "Klasse löschen", en: "Delete class" },
  "class.deleteConfirm": {
    de: "Klasse „{name}“ löschen? Mitgliedschaften und Bestenliste der Klasse gehen verloren; ihre Spiele bleiben ohne Klasse erhalten.",
    en: "Delete the class “{name}”? Its memberships and leaderboard are lost; its games stay, without a class.",
  },
  "class.signInFirst": {
    de: "Melde dich im Klassenzimmer an, um deine Klassen zu verwalten.",
    en: "Sign in in the classroom to manage your classes.",
  },
  "class.studentsJoinHere": {
    de: "Klassen legen Lehrkräfte im Klassenzimmer an; hier trittst du mit dem Code bei, den deine Lehrkraft dir gibt.",
    en: "Teachers create classes in the classroom; here you join with the code your teacher gives you.",
  },

  // Handing a game to another device
  "handover.button": { de: "Auf anderem Gerät steuern", en: "Control from another device" },
  "handover.title": { de: "Spiel auf ein anderes Gerät holen", en: "Take the game to another device" },
  "handover.howto": {
    de: "Öffne am anderen Gerät (z. B. dem Beamer-PC) {url} und gib diesen Code ein – oder scanne den QR-Code. Keine Anmeldung nötig.",
    en: "On the other device (e.g. the projector PC) open {url} and enter this code – or scan the QR code. No sign-in needed.",
  },
  "handover.validFor": { de: "Gültig noch {time}, nur einmal.", en: "Valid for {time} more, once only." },
  "handover.expired": { de: "Abgelaufen.", en: "Expired." },
  "handover.new": { de: "Neuen Code zeigen", en: "Show a new code" },
  "handover.close": { de: "Schließen", en: "Close" },
  "handover.connectTitle": { de: "Spiel steuern", en: "Control a game" },
  "handover.connectIntro": {
    de: "Gib den Code ein, den das andere Gerät unter „Auf anderem Gerät steuern“ zeigt.",
    en: "Enter the code the other device shows under “Control from another device”.",
  },
  "handover.code": { de: "Code", en: "Code" },
  "handover.connect": { de: "Übernehmen", en: "Take over" },
  "handover.err.invalid_handover_code": {
    de: "Ein Code hat 8 Zeichen (Buchstaben und Ziffern), z. B. K7QM-3WXP.",
    en: "A code has 8 characters (letters and digits), e.g. K7QM-3WXP.",
  },
  "handover.err.unknown_handover_code": {
    de: "Zu diesem Code gibt es kein Spiel. Prüfe ihn oder lass dir am anderen Gerät einen neuen zeigen.",
    en: "No game has this code. Check it, or show a new one on the other device.",
  },
  "handover.err.handover_expired": {
    de: "Dieser Code ist abgelaufen (er gilt 5 Minuten). Lass dir am anderen Gerät mit „Auf anderem Gerät steuern“ einen neuen zeigen.",
    en: "This code has expired (it is valid for 5 minutes). Show a new one with “Control from another device” on the other device.",
  },
  "handover.err.handover_used": {
    de: "Dieser Code wurde schon benutzt. Jeder Code gilt nur einmal: Lass dir am anderen Gerät einen neuen zeigen.",
    en: "This code was already used. Each code works once: show a new one on the other device.",
  },
} satisfies TMessages;
