#!/usr/bin/env bash
# Builds server/Dockerfile and runs the image, without a container engine: buildah (Debian's
# package) builds it with chroot isolation and runs its commands the same way. Docker Hub is
# not reachable from the machines this project is tested on, so `node:20-bookworm-slim` is a
# stand-in made here the way that image is made: Debian 12 (minbase, from deb.debian.org), this
# machine's node and npm in /usr/local, the user `node` (uid 1000). Then, in the image: the
# example catalogue imported into PGlite on a volume, the server started as the image's user,
# /healthz and /readyz, a signed-in request, a photo uploaded (sharp inside the image) and served
# without its EXIF, SIGTERM ending the process with 0.
#   scripts/container-check.sh     (as root; installs buildah and debootstrap when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir="$(pwd)"

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! command -v buildah >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
  echo "Installing Debian's buildah and debootstrap."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq buildah debootstrap >/dev/null
fi

work="$(mktemp -d /tmp/sq-container.XXXXXX)"
storage=(--root "$work/storage" --runroot "$work/run" --storage-driver vfs)
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  $SUDO buildah "${storage[@]}" rm -a >/dev/null 2>&1 || true
  $SUDO rm -rf "$work"
}
trap cleanup EXIT

echo "The stand-in for node:20-bookworm-slim: Debian 12 minbase and node $(node --version)."
$SUDO debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log"; exit 1; }
node_bin="$(readlink -f "$(command -v node)")"
npm_dir="$(readlink -f "$(dirname "$(readlink -f "$(command -v npm)")")/..")"
$SUDO mkdir -p "$work/rootfs/usr/local/bin" "$work/rootfs/usr/local/lib/node_modules"
$SUDO cp "$node_bin" "$work/rootfs/usr/local/bin/node"
$SUDO cp -a "$npm_dir" "$work/rootfs/usr/local/lib/node_modules/npm"
$SUDO ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/rootfs/usr/local/bin/npm"
$SUDO ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/rootfs/usr/local/bin/npx"
# This machine's certificate authorities, for npm inside the build (a proxy may re-sign TLS).
$SUDO mkdir -p "$work/rootfs/etc/ssl/certs"
$SUDO cp /etc/ssl/certs/ca-certificates.crt "$work/rootfs/etc/ssl/certs/"
$SUDO chroot "$work/rootfs" /bin/sh -c \
  'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
base="$($SUDO buildah "${storage[@]}" from scratch)"
mount="$($SUDO buildah "${storage[@]}" mount "$base")"
$SUDO cp -a "$work/rootfs/." "$mount/"
$SUDO buildah "${storage[@]}" config \
  --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt --cmd node "$base"
$SUDO buildah "${storage[@]}" commit -q "$base" localhost/node:20-bookworm-slim >/dev/null

echo "Building server/Dockerfile (the repository's files as git has them)."
git -C "$root_dir" archive --format=tar HEAD | (mkdir -p "$work/context" && tar -x -C "$work/context")
started=$SECONDS
$SUDO buildah "${storage[@]}" bud --isolation chroot --pull=never --format docker \
  -f server/Dockerfile -t seller-questions-server "$work/context" >"$work/build.log" 2>&1 ||
  { tail -40 "$work/build.log"; exit 1; }
echo "Built in $((SECONDS - started)) s: $($SUDO buildah "${storage[@]}" images --format '{{.Name}}:{{.Tag}} {{.Size}}' | grep seller-questions-server)"
image="$($SUDO buildah "${storage[@]}" from seller-questions-server)"
user="$($SUDO buildah "${storage[@]}" inspect --format '{{.OCIv1.Config.User}}' "$image")"
[ "$user" = "node" ] || { echo "The image runs as \"$user\", not node."; exit 1; }

mkdir -p "$work/data"
$SUDO chown 1000:1000 "$work/data"
secret="container-check-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
in_image() {
  $SUDO buildah "${storage[@]}" run --isolation chroot --user node -v "$work/data:/data" \
    --env DATA_DIR=/data/pglite --env npm_config_update_notifier=false "$@"
}
in_image "$image" -- npm run --silent server:import -- server/examples/catalogue.json

in_image --env JWT_SECRET="$secret" --env HOST=127.0.0.1 --env PORT="$port" --env LOG_LEVEL=warn \
  "$image" -- node server/dist/main.js >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null
echo "The server in the image is ready on PGlite in a volume; a signed-in request and a photo:"
SECRET="$secret" PORT="$port" node --import tsx --input-type=module -e "
import sharp from 'sharp';
import { issueToken } from './server/src/auth.ts';
const api = 'http://127.0.0.1:' + process.env.PORT + '/api/v1';
const token = await issueToken({ role: 'buyer', id: 'c-1001' },
  { secret: process.env.SECRET, audience: 'seller-questions', expiresIn: '5m' });
const auth = { Authorization: 'Bearer ' + token };
const config = await fetch(api + '/config', { headers: auth });
if (config.status !== 200) throw new Error('GET /config: ' + config.status);
const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
  .jpeg().withExif({ IFD0: { Make: 'ContainerCam' } }).toBuffer();
const form = new FormData();
form.set('file', new Blob([photo], { type: 'image/jpeg' }), 'photo.jpg');
const upload = await fetch(api + '/attachments', {
  method: 'POST', headers: { ...auth, 'Idempotency-Key': 'container-check-1' }, body: form });
if (upload.status !== 201) throw new Error('upload: ' + upload.status + ' ' + await upload.text());
const { url } = await upload.json();
const served = Buffer.from(await (await fetch(new URL(url, api + '/'))).arrayBuffer());
if ((await sharp(served).metadata()).exif !== undefined) throw new Error('EXIF kept');
console.log('  GET /config 200, upload 201, photo served (' + served.length + ' bytes, no EXIF)');
"
node_pid="$(pgrep -f '^/usr/local/bin/node server/dist/main.js' | head -1)"
$SUDO kill -TERM "$node_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" -eq 0 ] || { cat "$work/server.log"; echo "Exit status $status after SIGTERM."; exit 1; }
echo "SIGTERM: the server shut down with 0. The container image works."
