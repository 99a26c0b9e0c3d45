; Inno Setup script for Vauhdittamo desk (Windows). Build the PyInstaller folder first:
;   uv run --with pyinstaller pyinstaller installer/vauhdittamo.spec
;   python installer/smoke_test.py dist/vauhdittamo
;   iscc installer/vauhdittamo.iss
#define AppName "Vauhdittamo desk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6E0C7A52-2B7B-4C7E-9B53-5E9D3B8E7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Vauhdittamo
DefaultDirName={autopf}\Vauhdittamo
DefaultGroupName={#AppName}
OutputBaseFilename=vauhdittamo-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\vauhdittamo\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\vauhdittamo.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\vauhdittamo.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\vauhdittamo.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Offer to remove the user's data (database, backups, logs, settings) on uninstall. The default is to keep it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\vauhdittamo');
    if DirExists(DataDir) then
      if MsgBox('Poistetaanko myös Vauhdittamon tiedot (tietokanta, varmuuskopiot, lokit)?' + #13#10 +
                'Tätä ei voi perua. / Remove the application data too? This cannot be undone.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
