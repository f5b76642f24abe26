#!/usr/bin/env bash
# Generates every secret of one installation, fresh (deploy/README.md, "Secrets"):
#   deploy/make-secrets.sh compose [ROOT]     writes ROOT/.env and ROOT/deploy/tls/{ca.crt,tls.crt,tls.key}
#                                             (ROOT: this repository), for docker compose
#   deploy/make-secrets.sh kubernetes DIR     writes the Secrets' files into DIR (a new private folder) and prints the
#                                             kubectl commands that create the Secrets from them
# Passwords and keys: openssl rand and `npm run keys`; the NATS server's certificate: a new CA that signs it (the CA's
# key is thrown away: to renew, generate a new pair and roll NATS and the apps). Nothing is printed but file names and
# commands, and it never overwrites: an installation's keys are made once (FIELD_ENCRYPTION_KEY above all: keep a copy
# apart from the backups). Needs bash, openssl, node and npm, from this repository.
set -euo pipefail
umask 077

mode=${1:-}
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
APPS=$(node --input-type=module -e "import { APPS } from './tools/apps.mjs'; console.log(APPS.join(' '))")
suffix() { echo "$1" | tr 'a-z-' 'A-Z_'; }
hex() { openssl rand -hex "$1"; }
# A NATS password starts with a letter: nats-server reads an environment value that starts with a digit as a number.
nats_password() { printf 'n%s' "$(hex 24)"; }

# The NATS server's certificate for the names the apps use, signed by a new CA: ca.crt, tls.crt, tls.key in $1.
make_tls() {
  local dir=$1
  shift
  local names="" name
  for name in "$@"; do names="${names:+$names,}DNS:$name"; done
  mkdir -p "$dir"
  chmod 755 "$dir"
  local work
  work=$(mktemp -d)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -subj "/CN=gov-platform NATS CA" \
    -keyout "$work/ca.key" -out "$dir/ca.crt" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=nats" -keyout "$dir/tls.key" -out "$work/tls.csr" 2>/dev/null
  printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n' "$names" >"$work/ext.cnf"
  openssl x509 -req -in "$work/tls.csr" -CA "$dir/ca.crt" -CAkey "$work/ca.key" -CAcreateserial -CAserial "$work/ca.srl" -days 825 \
    -extfile "$work/ext.cnf" -out "$dir/tls.crt" 2>/dev/null
  rm -rf "$work"
  # The CA is public; the NATS server (uid 1000 in Kubernetes, root in compose) reads its own key.
  chmod 644 "$dir/ca.crt" "$dir/tls.crt"
  chmod 600 "$dir/tls.key"
}

# The shared Secret's lines: the administrator's PostgreSQL password, the keys of `npm run keys`, JWT_SECRET and
# each app's NATS password.
platform_env() {
  echo "POSTGRES_PASSWORD=$(hex 24)"
  echo "JWT_SECRET=$(hex 32)"
  npm run --silent keys
  local app
  for app in $APPS; do echo "NATS_PASSWORD_$(suffix "$app")=$(nats_password)"; done
}

case "$mode" in
  compose)
    root=${2:-$repo}
    if [ -e "$root/.env" ] || [ -e "$root/deploy/tls" ]; then
      echo "make-secrets: $root/.env or $root/deploy/tls already exists; an installation's secrets are made once" >&2
      exit 1
    fi
    {
      platform_env
      for app in $APPS; do echo "POSTGRES_PASSWORD_$(suffix "$app")=$(hex 24)"; done
    } >"$root/.env"
    make_tls "$root/deploy/tls" nats
    echo "wrote $root/.env (mode 600) and $root/deploy/tls/ (ca.crt, tls.crt, tls.key); next: docker compose up --build -d"
    ;;
  kubernetes)
    dir=${2:?usage: deploy/make-secrets.sh kubernetes DIR (a new folder)}
    if [ -e "$dir" ]; then
      echo "make-secrets: $dir already exists; give a new folder" >&2
      exit 1
    fi
    mkdir -p "$dir"
    platform_env >"$dir/platform.env"
    for app in $APPS; do
      password=$(hex 24)
      printf 'PASSWORD=%s\nDATABASE_URL=postgres://gov_%s:%s@postgres:5432/gov\n' "$password" "$(echo "$app" | tr '-' '_')" "$password" >"$dir/db-$app.env"
    done
    make_tls "$dir/tls" nats nats.gov-platform.svc nats.gov-platform.svc.cluster.local
    ns=gov-platform
    echo "# The Secrets of namespace $ns, from the files in $dir (delete the folder once they exist):"
    echo "kubectl -n $ns create secret generic gov-platform-secrets --from-env-file=$dir/platform.env"
    for app in $APPS; do echo "kubectl -n $ns create secret generic gov-db-$app --from-env-file=$dir/db-$app.env"; done
    echo "kubectl -n $ns create secret generic nats-tls --from-file=ca.crt=$dir/tls/ca.crt --from-file=tls.crt=$dir/tls/tls.crt --from-file=tls.key=$dir/tls/tls.key"
    ;;
  *)
    sed -n '2,10p' "$0" >&2
    exit 2
    ;;
esac
