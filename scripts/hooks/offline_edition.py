"""The offline edition's PDFs, which the home pages link: known to the build, written after it.

``python scripts/dev.py pdf`` prints the built site into one PDF per language
(scripts/build_pdf.py), so the files do not exist while the site is built. This
hook adds each language's PDF to the build's files without copying anything, so
that the strict build checks the home page's link to it as it checks any other
link; tests/test_links.py accepts these two paths, and only these.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

# Each language's PDF, as a path in the built site (and in docs/, where the home pages link it).
PDFS = {
    "zh": "pdf/python-concurrency-notes-zh.pdf",
    "en": "pdf/python-concurrency-notes-en.pdf",
}


class _WrittenAfterTheBuild(File):
    def copy_file(self, dirty: bool = False) -> None:
        pass  # scripts/build_pdf.py writes it from the built site


# After mkdocs-static-i18n's on_files (-100), which sorts the files by language.
@event_priority(-150)
def on_files(files, config):
    language = config.plugins["i18n"].current_language
    path = PDFS[language]
    if files.get_file_from_path(path) is None:
        files.append(
            _WrittenAfterTheBuild(
                path, config.docs_dir, config.site_dir, config.use_directory_urls, dest_uri=path
            )
        )
    return files
