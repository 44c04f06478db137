@echo off
rem zhibiao launcher for Windows (cmd.exe), the same as ./zhibiao line by line: builds the runnable
rem jar on first use (or when the sources are newer), then runs it. Build output goes to stderr so that
rem stdout stays the command's result. Keep the two in step: LauncherTest compares their JVM options.
rem
rem Fast start (issue 7): after a build, one training run (org.zhibiao.cli.CdsTraining) records the
rem classes the commands load into an application class-data-sharing archive (cli\target\zhibiao.jsa);
rem every later run maps it. Where the JVM cannot make or use the archive, zhibiao runs without it.
rem File times are compared by PowerShell (on every Windows since 7); cmd.exe cannot compare them.
setlocal EnableExtensions
set "root=%~dp0"
if "%root:~-1%"=="\" set "root=%root:~0,-1%"
set "jar=%root%\cli\target\zhibiao.jar"
set "jsa=%root%\cli\target\zhibiao.jsa"

rem stale: no jar, or a pom.xml or a file under */src/main newer than the jar
if not exist "%jar%" goto build
powershell -NoProfile -NonInteractive -Command "$j = (Get-Item -LiteralPath $env:jar).LastWriteTime; $f = @(Get-ChildItem -LiteralPath $env:root -Filter pom.xml -Depth 1 -File) + @(Get-ChildItem -Path (Join-Path $env:root '*\src\main') -Recurse -File -ErrorAction SilentlyContinue); if ($f | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { exit 0 }; exit 1"
if errorlevel 1 goto built
:build
echo zhibiao: building ^(first run takes a minute^)... 1>&2
rem The project's Maven wrapper (pinned Maven, issue 13) where it is, else the Maven on the PATH.
rem package, not install: the jar is read from cli\target, and the Maven repository stays untouched.
set "mvn=mvn"
if exist "%root%\mvnw.cmd" set "mvn=%root%\mvnw.cmd"
pushd "%root%"
call "%mvn%" -B -q -DskipTests package -pl cli -am 1>&2
set "status=%errorlevel%"
popd
if not "%status%"=="0" exit /b %status%
:built

rem Heap: batches stream with bounded queues, so a fixed ceiling holds for any corpus size and keeps
rem the process under 512 MB resident (README, Benchmarks). ZHIBIAO_JAVA_OPTS adds or overrides.
rem The C1 compiler alone and the serial collector, for single runs and batches alike (#7).
set "opts=-Xmx384m -Xmn64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off"

call :newer "%jar%" "%jsa%"
if errorlevel 1 goto trained
call :newer "%jar%" "%jsa%.failed"
if errorlevel 1 goto trained
del /f /q "%jsa%" "%jsa%.failed" 2>nul
set "scratch=%jsa%.%RANDOM%.tmp"
rem made under a temp name and proven with -Xshare:on before use: JDK 17 crashes on a truncated archive
java %opts% -XX:ArchiveClassesAtExit="%scratch%" -cp "%jar%" org.zhibiao.cli.CdsTraining >nul 2>&1 || goto untrained
for %%F in ("%scratch%") do if "%%~zF"=="" goto untrained
for %%F in ("%scratch%") do if "%%~zF"=="0" goto untrained
java %opts% -Xshare:on -XX:SharedArchiveFile="%scratch%" -cp "%jar%" org.zhibiao.cli.Zhibiao --version >nul 2>&1 || goto untrained
move /y "%scratch%" "%jsa%" >nul
goto trained
:untrained
del /f /q "%scratch%" 2>nul
type nul > "%jsa%.failed"
:trained

set "cds="
if exist "%jsa%" set cds="-XX:SharedArchiveFile=%jsa%"

java %opts% %cds% %ZHIBIAO_JAVA_OPTS% -cp "%jar%" org.zhibiao.cli.Zhibiao %*
exit /b %errorlevel%

rem :newer A B sets errorlevel 0 when B is missing or A is newer than B, else 1
:newer
set "newer_a=%~1"
set "newer_b=%~2"
powershell -NoProfile -NonInteractive -Command "if (-not (Test-Path -LiteralPath $env:newer_b)) { exit 0 }; if ((Get-Item -LiteralPath $env:newer_a).LastWriteTime -gt (Get-Item -LiteralPath $env:newer_b).LastWriteTime) { exit 0 }; exit 1"
exit /b %errorlevel%
