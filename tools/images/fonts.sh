#!/bin/sh
# The `fonts` stage of deploy/Dockerfile: `sh tools/images/fonts.sh /fonts` puts under <dir> the four CJK faces the
# print-ready 公文 (GB/T 9704-2012 PDF, document-secretariat), 《博山政务信息》 (information) and the 政府信息公开工作年度报告
# (disclosure) embed, at the paths they
# look for them (libs/platform/src/export/print.ts), from Debian's own packages, with each package's record
# (/var/lib/dpkg/status.d) and copyright file so that the SBOM and the licence report list them.
# Only the images of those three apps take them (about 90 MB each); the other apps do not print.
set -eu
out=${1:?usage: fonts.sh <dir>}
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends fonts-noto-cjk fonts-arphic-ukai >/dev/null
for font in /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc \
            /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc /usr/share/fonts/truetype/arphic/ukai.ttc; do
  mkdir -p "$out$(dirname "$font")"
  cp "$font" "$out$font"
done
mkdir -p "$out/var/lib/dpkg/status.d"
for package in fonts-noto-cjk fonts-arphic-ukai; do
  dpkg-query -s "$package" > "$out/var/lib/dpkg/status.d/$package"
  mkdir -p "$out/usr/share/doc/$package"
  cp "/usr/share/doc/$package/copyright" "$out/usr/share/doc/$package/copyright"
done
echo "fonts: $(du -sh "$out" | cut -f1) from fonts-noto-cjk $(dpkg-query -W -f '${Version}' fonts-noto-cjk), fonts-arphic-ukai $(dpkg-query -W -f '${Version}' fonts-arphic-ukai)"
