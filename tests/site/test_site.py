"""The built reference site, as a reader sees it: served over HTTP and opened in headless
Chromium (Debian's `chromium` and `chromium-driver`; `.ci/run` installs them). Each resource
page shows a heading for each of the resource's methods, enumerated from the facade, and the
site's search finds `get_usage`. Screenshots of what the browser showed go to build/screenshots/
for a person to look at.

Run by `nox -s docs` (which builds the site into build/site and names it in RPLATFORM_SITE);
without RPLATFORM_SITE the site is built here, warnings as errors.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from _support import ROOT, facade_methods
from rplatform import models
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

METHODS = sorted(facade_methods())
RESOURCES = sorted({resource for resource, _ in METHODS})
SCREENSHOTS = ROOT / "build" / "screenshots"
# tools.md: without the background-networking flags Chromium's own connections are refused,
# many at a time, and slow every page down.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if given := os.environ.get("RPLATFORM_SITE"):
        return (ROOT / given).resolve()
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    return out


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}"
        server.shutdown()
        thread.join()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, (
        "the browser test needs Debian's chromium and chromium-driver: "
        "apt-get install chromium chromium-driver (as .ci/run does)"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    with webdriver.Chrome(options=options, service=Service(executable_path=driver)) as chrome:
        yield chrome


def test_every_method_and_model_is_in_the_built_site(site: Path) -> None:
    for resource, name in METHODS:
        page = (site / "reference" / resource / "index.html").read_text(encoding="utf-8")
        assert f'id="{name}"' in page, f"{resource}.{name}"
    for name in models.__all__:
        assert (site / "reference" / "models" / name / "index.html").is_file(), name


@pytest.mark.parametrize("resource", RESOURCES)
def test_each_resource_page_renders_its_methods(
    resource: str, browser: WebDriver, base_url: str
) -> None:
    browser.get(f"{base_url}/reference/{resource}/")
    WebDriverWait(browser, 20).until(expected_conditions.title_contains(f"r.{resource}"))
    headings = {
        element.get_attribute("id"): element
        for element in browser.find_elements(By.CSS_SELECTOR, "article h2[id]")
    }
    expected = [name for owner, name in METHODS if owner == resource]
    assert sorted(headings) == sorted(expected)
    for name in expected:
        assert headings[name].is_displayed() and headings[name].text.startswith(name)
    signatures = browser.find_elements(By.CSS_SELECTOR, "article pre code")
    assert sum(f"r.{resource}." in code.text for code in signatures) >= len(expected)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"reference-{resource}.png"))
    browser.execute_script("arguments[0].scrollIntoView()", headings[expected[-1]])
    browser.save_screenshot(str(SCREENSHOTS / f"reference-{resource}-{expected[-1]}.png"))


def test_the_search_finds_get_usage(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}/")
    # The search box of the header, as a reader at a desktop-sized window clicks it.
    query = WebDriverWait(browser, 20).until(
        expected_conditions.element_to_be_clickable(
            (By.CSS_SELECTOR, 'input[data-md-component="search-query"]')
        )
    )
    query.click()
    query.send_keys("get_usage")
    # e.g. http://127.0.0.1:PORT/reference/billing/?h=get_usage#get_usage
    link = 'a.md-search-result__link[href*="/reference/billing/"][href$="#get_usage"]'
    found = WebDriverWait(browser, 30).until(
        expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, link))
    )
    assert "get_usage" in found.text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "search-get_usage.png"))
