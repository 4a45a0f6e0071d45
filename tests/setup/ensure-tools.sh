#!/usr/bin/env bash
# Makes sure the system tools the tests use are installed; runs before `npm test` (npm's pretest)
# and from .ci/run. On Debian as root it installs what is missing with apt-get; elsewhere it says
# what to install. Add a tool by adding a line to TOOLS.
set -euo pipefail

# what-to-look-for|Debian package(s): a command name, or font:<family> for an installed font.
TOOLS=(
	"chromium|chromium"
	"font:Noto Sans CJK|fonts-noto-cjk"
	# LaTeX runs of the generated BibTeX/BibLaTeX (tests/integration/latex.test.ts): pdflatex and
	# bibtex with plain/natbib styles, biblatex and Biber.
	"pdflatex|texlive-latex-base texlive-latex-recommended"
	"kpsewhich:biblatex.sty|texlive-bibtex-extra"
	"biber|biber"
	"java|default-jre-headless"
)

missing=()
for line in "${TOOLS[@]}"; do
	check=${line%%|*}
	pkgs=${line#*|}
	case "$check" in
		chromium)
			# A browser named by CHROMIUM_PATH, or Debian's, or Playwright's own is enough.
			if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then continue; fi
			if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then continue; fi
			;;
		font:*)
			# grep -c reads all input: grep -q would close the pipe early and fail under pipefail.
			if command -v fc-list >/dev/null 2>&1 && fc-list : family | grep -c "${check#font:}" >/dev/null; then continue; fi
			;;
		kpsewhich:*)
			if command -v kpsewhich >/dev/null 2>&1 && kpsewhich "${check#kpsewhich:}" >/dev/null 2>&1; then continue; fi
			;;
		*)
			if command -v "$check" >/dev/null 2>&1; then continue; fi
			;;
	esac
	missing+=($pkgs)
done

[ "${#missing[@]}" -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
	echo "ensure-tools: installing from Debian: ${missing[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	exit 0
fi

echo "ensure-tools: the tests need these packages, which are not installed: ${missing[*]}" >&2
echo "  Debian/Ubuntu: sudo apt-get install ${missing[*]}" >&2
echo "  (for the browser alone, 'npx playwright install chromium' also works)" >&2
exit 1
