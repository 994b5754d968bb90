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
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%DIR%target\policygen.jar" %*
exit /b %errorlevel%
