#!/bin/sh
# The `rootfs` stage of deploy/Dockerfile: `sh tools/images/rootfs.sh /rootfs` assembles, inside a Debian image
# that has Node at /usr/local/bin/node, the whole file system of the runtime image: node, the C libraries it links
# (as `ldd` lists them), a numeric unprivileged user, /tmp, and nothing else: no shell, no package manager, no
# coreutils. For scanners and licence review it records each Debian package that supplied a file the way the
# distroless images do (/var/lib/dpkg/status.d/<package>, with its copyright file).
set -eu
out=${1:?usage: rootfs.sh <dir>}
node=/usr/local/bin/node
mkdir -p "$out/usr/local/bin" "$out/etc" "$out/tmp" "$out/app" "$out/var/lib/dpkg/status.d" "$out/usr/share/doc"
chmod 1777 "$out/tmp"
# usrmerge: keep the top-level links (/lib → usr/lib, /lib64 → usr/lib64) so the ELF interpreter path resolves.
for top in lib lib64 lib32 libx32; do
  if [ -L "/$top" ]; then ln -s "$(readlink "/$top")" "$out/$top"; mkdir -p "$out/$(readlink -f "/$top")"; fi
done
cp "$node" "$out$node"
packages=""
for lib in $(ldd "$node" | grep -oE '/[^ ]+'); do
  real=$(readlink -f "$lib")
  mkdir -p "$out$(dirname "$real")"
  cp "$real" "$out$real"
  link="$(readlink -f "$(dirname "$lib")")/$(basename "$lib")"
  [ "$link" = "$real" ] || ln -sf "$real" "$out$link"
  owner=$(dpkg-query -S "$lib" 2>/dev/null || dpkg-query -S "$real" 2>/dev/null || true)
  packages="$packages ${owner%%:*}"
done
for package in $(echo "$packages" | tr ' ' '\n' | sed '/^$/d' | sort -u); do
  dpkg-query -s "$package" > "$out/var/lib/dpkg/status.d/$package"
  if [ -f "/usr/share/doc/$package/copyright" ]; then
    mkdir -p "$out/usr/share/doc/$package"
    cp "/usr/share/doc/$package/copyright" "$out/usr/share/doc/$package/copyright"
  fi
done
# Node's own licence (the official node images and the platform's base keep it under /usr/local/share/doc/node).
for licence in /usr/local/share/doc/node/LICENSE /usr/local/include/node/LICENSE; do
  if [ -f "$licence" ]; then mkdir -p "$out/usr/local/share/doc/node"; cp "$licence" "$out/usr/local/share/doc/node/LICENSE"; break; fi
done
# The unprivileged user of the official node images (uid 1000), numeric in the image so Kubernetes can verify it.
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nnode:x:1000:1000:node:/app:/usr/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nnode:x:1000:\n' > "$out/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$out/etc/nsswitch.conf"
# The image must run: node starts on exactly these files.
chroot "$out" /usr/local/bin/node -e 'process.exit(0)'
echo "rootfs: node $("$node" --version),$(echo "$packages" | tr ' ' '\n' | sed '/^$/d' | sort -u | tr '\n' ' ')"
