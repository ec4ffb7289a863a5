#!/usr/bin/env bash
# scripts/setup derives the apt entries it needs (deb-src, backports) from the machine's own
# sources; this runs that derivation on sample files in a temp dir. Nothing is installed and
# /etc/apt is not read. The archive names below are fake (.invalid).
set -euo pipefail
setup="$(cd "$(dirname "$0")/../.." && pwd)/scripts/setup"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect NAME EXPECTED-OUTPUT FILE... : the derivation for bookworm prints exactly EXPECTED.
expect() {
  local name=$1 want=$2 got
  shift 2
  if ! got=$("$setup" --derive-apt-sources bookworm "$@" 2>&1); then
    echo "FAIL $name: exit status $?: $got"; failures=$((failures + 1)); return
  fi
  if [ "$got" != "$want" ]; then
    echo "FAIL $name"; diff <(echo "$want") <(echo "$got") | sed 's/^/  /'; failures=$((failures + 1)); return
  fi
  echo "ok   $name"
}

# Debian 12's default: one deb822 file, main + updates on one archive, security on another.
cat > "$tmp/debian.sources" <<'S'
Types: deb
# a comment inside the stanza
URIs: http://archive.invalid/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://security.invalid/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
S
expect "deb822: deb-src for every suite (security on its own URI), backports on the main URI" \
'Types: deb-src
URIs: http://archive.invalid/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://archive.invalid/debian
Suites: bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://security.invalid/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://archive.invalid/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' "$tmp/debian.sources"

# The one-line format: options in brackets (with or without spaces), comments, an existing
# deb-src, a third-party archive of another suite, backports already there.
cat > "$tmp/sources.list" <<'S'
# deb-src http://archive.invalid/debian bookworm-updates main
deb [arch=amd64 signed-by=/etc/apt/keyrings/debian.gpg] http://archive.invalid/debian bookworm main contrib non-free-firmware
deb-src [signed-by=/etc/apt/keyrings/debian.gpg] http://archive.invalid/debian bookworm main contrib non-free-firmware
deb [ arch=amd64 ] http://archive.invalid/debian bookworm-updates main contrib   # trailing comment
deb http://security.invalid/debian-security bookworm-security main
deb http://archive.invalid/debian bookworm-backports main
deb http://thirdparty.invalid/apt nodistro main
S
expect "one-line: only the missing deb-src entries, options and comments parsed" \
'Types: deb-src
URIs: http://archive.invalid/debian
Suites: bookworm-updates
Components: main contrib

Types: deb-src
URIs: http://security.invalid/debian-security
Suites: bookworm-security
Components: main' "$tmp/sources.list"

# Everything present (Types with both, in two files): nothing to add.
cat > "$tmp/a.sources" <<'S'
Types: deb deb-src
URIs: http://archive.invalid/debian
Suites: bookworm bookworm-backports
Components: main
S
expect "nothing missing: no output" "" "$tmp/a.sources"

# Disabled stanzas do not count; an inline Signed-By key is carried over line by line.
cat > "$tmp/b.sources" <<'S'
Types: deb-src
URIs: http://archive.invalid/debian
Suites: bookworm
Components: main
Enabled: no

Types: deb
URIs: http://archive.invalid/debian
Suites: bookworm
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mDMEZfakeKEYdata
 -----END PGP PUBLIC KEY BLOCK-----
S
expect "Enabled: no is skipped; an inline key is kept" \
'Types: deb-src
URIs: http://archive.invalid/debian
Suites: bookworm
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mDMEZfakeKEYdata
 -----END PGP PUBLIC KEY BLOCK-----

Types: deb
URIs: http://archive.invalid/debian
Suites: bookworm-backports
Components: main
Signed-By:
 -----BEGIN PGP PUBLIC KEY BLOCK-----
 .
 mDMEZfakeKEYdata
 -----END PGP PUBLIC KEY BLOCK-----' "$tmp/b.sources"

# Both formats at once: a deb-src in one file covers the suite of a deb in the other; the
# same suite listed twice merges its components.
printf 'deb http://archive.invalid/debian bookworm main\ndeb http://archive.invalid/debian bookworm contrib\n' > "$tmp/c.list"
printf 'Types: deb-src\nURIs: http://other.invalid/debian\nSuites: bookworm-updates\nComponents: main\n' > "$tmp/d.sources"
printf 'deb http://archive.invalid/debian bookworm-updates main\n' > "$tmp/e.list"
expect "two formats together; components merged" \
'Types: deb-src
URIs: http://archive.invalid/debian
Suites: bookworm
Components: main contrib

Types: deb
URIs: http://archive.invalid/debian
Suites: bookworm-backports
Components: main contrib' "$tmp/c.list" "$tmp/d.sources" "$tmp/e.list"

# No deb entry for the release itself: nothing to derive from, a clear failure.
printf 'deb http://thirdparty.invalid/apt nodistro main\n' > "$tmp/f.list"
if out=$("$setup" --derive-apt-sources bookworm "$tmp/f.list" 2>&1); then
  echo "FAIL no bookworm suite: succeeded with: $out"; failures=$((failures + 1))
elif [[ $out != *'no "deb" entry for suite bookworm'* ]]; then
  echo "FAIL no bookworm suite: message was: $out"; failures=$((failures + 1))
else
  echo "ok   no bookworm suite: fails naming the suite"
fi
if "$setup" --derive-apt-sources bookworm >/dev/null 2>&1; then
  echo "FAIL no files: succeeded"; failures=$((failures + 1))
else
  echo "ok   no files: fails"
fi

[ $failures = 0 ] || { echo "$failures failing"; exit 1; }
echo "all passed"
