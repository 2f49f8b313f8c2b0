#!/usr/bin/env bash
# Renders this module's meeting and case fixtures (../*.txt) as LibreOffice prints them, into this folder:
# PDF (writer_pdf_Export) and DOCX (MS Word 2007 XML). RenderingParityTest compares each rendering's structure
# with its text's. Run it again after changing a fixture; needs LibreOffice (apt-get install libreoffice-writer-nogui).
set -euo pipefail
cd "$(dirname "$0")"
fixtures=(../moteprotokoll-kommunestyret.txt ../moteinnkalling-hovedutvalg.txt ../saksframlegg-rusforebygging.txt)
soffice --headless --convert-to pdf --outdir . "${fixtures[@]}"
soffice --headless --convert-to docx --outdir . "${fixtures[@]}"
