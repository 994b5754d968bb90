@echo off
rem policygen launcher for Windows: builds target\policygen.jar on first use, then runs it.
setlocal
chcp 65001 >nul
set "DIR=%~dp0"
if not exist "%DIR%target\policygen.jar" (
  echo policygen を準備しています（初回は数分かかります）… 1>&2
  pushd "%DIR%"
  call mvn -B -q package -Dmaven.test.skip=true > "%TEMP%\policygen-build.log" 2>&1
  if errorlevel 1 ( type "%TEMP%\policygen-build.log" 1>&2 & popd & echo policygen を作成できませんでした。Java 17 と Maven が入っているか確かめてください。 1>&2 & exit /b 1 )
  popd
)
rem JVM options (see docs/performance.md): a bounded heap; the class-data sharing archive the build recorded,
rem when there is one (a JVM that cannot use it runs without it, silently); for one profile or a few, the quick
rem compiler only, which starts faster. POLICYGEN_JAVA_OPTS adds options of your own.
set "OPTS=-Xms64m -Xmx768m -XX:+UseSerialGC"
set /a PROFILES=0
for %%a in (%*) do (
  if /i "%%~xa"==".yaml" set /a PROFILES+=1
  if /i "%%~xa"==".yml" set /a PROFILES+=1
)
if %PROFILES% LEQ 4 set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"
if not exist "%DIR%target\policygen.jsa" goto nocds
java %OPTS% "-XX:SharedArchiveFile=%DIR%target\policygen.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %POLICYGEN_JAVA_OPTS% -jar "%DIR%target\policygen.jar" %*
exit /b %errorlevel%
:nocds
java %OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %POLICYGEN_JAVA_OPTS% -jar "%DIR%target\policygen.jar" %*
exit /b %errorlevel%
