; Inno Setup 6 script for Vauhdittamo desk (Windows). On a Windows machine (see installer/README.md):
;   uv run python installer/build.py
;   uv run python installer/smoke_test.py dist\vauhdittamo
;   iscc installer\vauhdittamo.iss          -> dist\installer\vauhdittamo-<version>-setup.exe
;
; Installs for the current user without administrator rights by default (%LOCALAPPDATA%\Programs\Vauhdittamo,
; the user's Start menu); an administrator may choose an install for all users in the dialog or with /ALLUSERS.
; Uninstalling keeps the user's data (database, backups, logs, settings) unless the user asks to remove it.
#define AppName "Vauhdittamo desk"
#define AppExe "vauhdittamo.exe"
#define BuildDir "..\dist\vauhdittamo"
; The version comes from the executable's version resource (made from pyproject.toml by the build);
; iscc /DAppVersion=1.2.3 overrides it.
#if !FileExists(AddBackslash(SourcePath) + BuildDir + "\" + AppExe)
  #error Build the app first (uv run python installer/build.py): dist\vauhdittamo\vauhdittamo.exe is missing
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(AddBackslash(SourcePath) + BuildDir + "\" + AppExe)
#endif

[Setup]
; Never change the AppId: upgrades and the uninstaller find an installed version by it.
AppId={{6E0C7A52-2B7B-4C7E-9B53-5E9D3B8E7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Vauhdittamo desk team
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user by default: no administrator rights, no UAC prompt. "dialog" lets an administrator pick
; "all users" (and allows /ALLUSERS and /CURRENTUSER on the command line for silent roll-outs).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsePreviousPrivileges=yes
; {autopf}: %LOCALAPPDATA%\Programs per user, Program Files for all users.
DefaultDirName={autopf}\Vauhdittamo
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running app is closed before its files are replaced (upgrade) or removed (uninstall).
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
OutputDir=..\dist\installer
OutputBaseFilename=vauhdittamo-{#AppVersion}-setup
SetupIconFile=..\resources\icons\vauhdittamo.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.RemoveDataQuestion=Poistetaanko myös Vauhdittamon tiedot tältä käyttäjältä?%n%n%1%n%nKansiossa ovat tietokanta, varmuuskopiot, lokit ja asetukset. Poistoa ei voi perua. Valitse Ei, jos sovellus asennetaan uudelleen tai tiedot siirretään.
sv.RemoveDataQuestion=Ska också Vauhdittamos data för den här användaren tas bort?%n%n%1%n%nMappen innehåller databasen, säkerhetskopiorna, loggarna och inställningarna. Borttagningen kan inte ångras. Välj Nej om appen installeras på nytt eller data flyttas.
en.RemoveDataQuestion=Remove Vauhdittamo's data for this user too?%n%n%1%n%nThe folder holds the database, its backups, the logs and the settings. This cannot be undone. Choose No if the app is reinstalled or the data is moved.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; An upgrade replaces the whole program folder: no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; {group} is the user's own Start menu in a per-user install, the common one in an all-users install.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstalling keeps the user's data: the database (encrypted; its key is in Windows Credential Manager),
// backups, logs and settings in platformdirs' folder %LOCALAPPDATA%\vauhdittamo (vauhdittamo/paths.py).
// The uninstaller asks whether to remove it too (default: No). A silent uninstall keeps it unless
// /REMOVEDATA is on its command line. Only the uninstalling user's folder is touched: in an all-users
// install every other user's data stays where it is.

function CommandLineHas(const Flag: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Flag) = 0 then
      Result := True;
end;

function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\vauhdittamo');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent then
    Remove := CommandLineHas('/REMOVEDATA')
  else
    Remove := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]),
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
    DelTree(DataDir, True, True, True);
end;
