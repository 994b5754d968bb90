@echo off
rem policygen launcher for Windows. In the source tree (pom.xml beside it) it builds target\policygen.jar when the
rem jar is missing or older than pom.xml, src\main or templates (the rule of the Unix launcher, policygen), then runs
rem it; in the release zip (lib\policygen.jar, no pom.xml) it runs the jar it ships and never needs Maven.
setlocal
chcp 65001 >nul
set "DIR=%~dp0"
rem JAVA_HOME, when set, names the Java to use (a Java runtime unpacked beside policygen on a PC without one installed)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo Java が見つかりません。Java 17 以上の実行環境（JRE）を入れるか、その場所を JAVA_HOME に設定してください。 1>&2
  exit /b 1
)
if not exist "%DIR%pom.xml" goto release
set "JAR=%DIR%target\policygen.jar"
set "JSA=%DIR%target\policygen.jsa"
if not exist "%JAR%" goto build
rem A file newer than the jar means the jar is stale. PowerShell (part of Windows) compares the times; the paths
rem reach it through the environment, so no quoting of them is needed. Without PowerShell, it rebuilds.
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc; $inputs = @(Get-Item -LiteralPath (Join-Path $env:DIR 'pom.xml')) + @(Get-ChildItem -LiteralPath (Join-Path $env:DIR 'src\main'), (Join-Path $env:DIR 'templates') -Recurse -File -ErrorAction SilentlyContinue); if ($inputs | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 goto build
goto run
:build
echo policygen を準備しています（初回は数分かかります）… 1>&2
pushd "%DIR%"
rem a log of this build's own, not one fixed name two builds could write at once
set "BUILDLOG=%TEMP%\policygen-build-%RANDOM%%RANDOM%.log"
call mvn -B -q package -Dmaven.test.skip=true > "%BUILDLOG%" 2>&1
if errorlevel 1 (
  type "%BUILDLOG%" 1>&2
  popd
  echo policygen を作成できませんでした。Java 17 と Maven が入っているか確かめてください（記録: %BUILDLOG%）。 1>&2
  exit /b 1
)
del "%BUILDLOG%" >nul 2>&1
popd
goto run
:release
set "JAR=%DIR%lib\policygen.jar"
set "JSA=%DIR%lib\policygen.jsa"
if not exist "%JAR%" (
  echo lib\policygen.jar が見つかりません。配布された zip を、フォルダの構成を変えずに展開し直してください。 1>&2
  exit /b 1
)
:run
rem JVM options (see docs/performance.md): a bounded heap; the class-data sharing archive the build recorded,
rem when there is one (a JVM that cannot use it runs without it, silently); up to 200 profiles, the quick
rem compiler only (the optimising one costs more CPU than it saves until a batch is about that long).
rem POLICYGEN_JAVA_OPTS adds options of your own.
rem The commands that write documents start with a heap of 256 MiB (fewer young collections, see the policygen script).
set "OPTS=-Xms64m -Xmx768m -XX:+UseSerialGC"
for %%c in (generate diff upgrade) do if /i "%~1"=="%%c" set "OPTS=-Xms256m -Xmx768m -XX:+UseSerialGC"
set /a PROFILES=0
for %%a in (%*) do (
  if /i "%%~xa"==".yaml" set /a PROFILES+=1
  if /i "%%~xa"==".yml" set /a PROFILES+=1
)
if %PROFILES% LEQ 200 set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"
rem A batch (generate of several profiles): a young generation of 128 MiB, fewer young collections (see the policygen script).
if /i "%~1"=="generate" if %PROFILES% GTR 1 set "OPTS=%OPTS% -Xmn128m"
if exist "%JSA%" goto cds
rem No archive from the build (the release zip ships none: an archive fits only the Java build that made it): a first
rem run of a command records one beside the jar, or in the user's local application data when that folder is not
rem writable, and the runs after it use it. It is kept only when the run ends well.
set "REC=%JSA%.%RANDOM%.tmp"
(echo.>"%REC%") >nul 2>&1
if exist "%REC%" goto recordable
if not defined LOCALAPPDATA goto nocds
set "JSA=%LOCALAPPDATA%\policygen\policygen.jsa"
if exist "%JSA%" goto cds
if not exist "%LOCALAPPDATA%\policygen" mkdir "%LOCALAPPDATA%\policygen" >nul 2>&1
set "REC=%JSA%.%RANDOM%.tmp"
(echo.>"%REC%") >nul 2>&1
if not exist "%REC%" goto nocds
:recordable
del "%REC%" >nul 2>&1
for %%c in (generate check diff upgrade sections editions import) do if /i "%~1"=="%%c" goto record
goto nocds
:record
"%JAVA%" %OPTS% "-XX:ArchiveClassesAtExit=%REC%" -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %POLICYGEN_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%errorlevel%"
if "%STATUS%"=="0" if exist "%REC%" move /y "%REC%" "%JSA%" >nul 2>&1
if exist "%REC%" del "%REC%" >nul 2>&1
exit /b %STATUS%
:cds
"%JAVA%" %OPTS% "-XX:SharedArchiveFile=%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %POLICYGEN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %errorlevel%
:nocds
"%JAVA%" %OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %POLICYGEN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %errorlevel%
