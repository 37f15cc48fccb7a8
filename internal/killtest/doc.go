// Package killtest is a test harness, with no code of its own: it builds
// the real rapporteur binary (the headless build, the same commands) and
// kills it with SIGKILL at random moments while it writes a report file
// (import -o, import --into, freeze, conclusions --rebuild), and kills a
// process rotating the rolling backups; after every kill it runs every
// read-only command (info, export, check, diff) on what the kill left and
// checks the file's integrity and that it holds either the state before
// the command or the whole result.
//
// KILLTEST_KILLS sets the number of kills per scenario (default 40, 200 in
// all, under a minute; -short 8; the long run is KILLTEST_KILLS=200).
//
// Package killtest may import the standard library and rapporteur's own
// packages.
package killtest
