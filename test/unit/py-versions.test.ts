// PyPI klaviyo-api versions → API revisions, and reading the requirement out of Python manifests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalog } from '../../server/src/core/catalog';
import { legacyPyReplacement } from '../../server/src/core/python/legacy-sdks';
import { pythonSdkRevisionFor, specifierFromPythonManifest, specifierOf, versionFromPythonLock } from '../../server/src/core/versions/python-manifests';
import { PYTHON_SDK_REVISION_BY_VERSION, pythonSdkRevision, versionForSpecifier } from '../../server/src/core/versions/python-version';

describe('python-version table', () => {
  it('every revision is one the catalog knows, and revisions never go back as versions go up', () => {
    const versions = Object.keys(PYTHON_SDK_REVISION_BY_VERSION);
    let last = '';
    for (const v of versions) {
      const rev = PYTHON_SDK_REVISION_BY_VERSION[v];
      assert.ok(catalog.revisions.includes(rev), `${v} → ${rev}`);
      assert.ok(rev >= last, `${v} → ${rev} after ${last}`);
      last = rev;
    }
  });

  it('covers majors 1–24 and ends at the catalog revision', () => {
    const majors = new Set(Object.keys(PYTHON_SDK_REVISION_BY_VERSION).map((v) => Number(v.split('.')[0])));
    for (let m = 1; m <= 24; m++) assert.ok(majors.has(m), `major ${m}`);
    assert.equal(PYTHON_SDK_REVISION_BY_VERSION['24.0.0'], catalog.revision);
  });

  const cases: [string, string | null][] = [
    ['1.0.0', '2022-10-17'], ['5.1.2', '2023-08-15'], ['5.2.0', '2023-09-15'], ['19.0.2', '2025-04-15'], ['21.0.0', '2025-10-15'],
    ['6.0.5', '2023-10-15'], // unlisted patch: the newest listed release of the major before it
    ['99.0.0', null],
  ];
  for (const [v, rev] of cases) it(`${v} → ${rev}`, () => assert.equal(pythonSdkRevision(v), rev));

  const specs: [string, string | null][] = [
    ['==13.0.0', '13.0.0'], ['>=5,<6', '5.2.0'], ['~=5.1', '5.2.0'], ['~=5.1.0', '5.1.2'], ['==6.*', '6.1.0'],
    ['^8.0', '8.0.1'], ['~1.2', '1.2.1'], ['12.0.0', '12.0.0'], ['>=10', null], ['', null], ['*', null], ['<3', '2.0.0'], ['!=5.2.0,>=5,<6', '5.1.2'],
  ];
  for (const [s, v] of specs) it(`specifier ${JSON.stringify(s)} → ${v}`, () => assert.equal(versionForSpecifier(s), v));
});

describe('python manifests', () => {
  it('reads PEP 508 requirement lines', () => {
    assert.equal(specifierOf('klaviyo-api==13.0.0'), '==13.0.0');
    assert.equal(specifierOf('Klaviyo_API[extra] >= 12, < 13 ; python_version > "3.8"'), '>= 12, < 13');
    assert.equal(specifierOf('klaviyo-api'), '');
    assert.equal(specifierOf('klaviyo==3.0.1'), null);
    assert.equal(specifierOf('klaviyo-api-sdk==1'), null);
  });

  it('reads requirements, pyproject (PEP 621 and Poetry), Pipfile, setup.cfg', () => {
    assert.equal(specifierFromPythonManifest('/r/requirements.txt', '# deps\nrequests\nklaviyo-api==9.0.0  # pinned\n'), '==9.0.0');
    assert.equal(specifierFromPythonManifest('/r/pyproject.toml', '[project]\ndependencies = ["klaviyo-api>=12,<13"]\n'), '>=12,<13');
    assert.equal(specifierFromPythonManifest('/r/pyproject.toml', '[tool.poetry.dependencies]\nklaviyo-api = {version = "^7.0", extras = []}\n'), '^7.0');
    assert.equal(specifierFromPythonManifest('/r/Pipfile', '[packages]\nklaviyo-api = "*"\n'), '');
    assert.equal(specifierFromPythonManifest('/r/setup.cfg', '[options]\ninstall_requires =\n    klaviyo-api~=10.0\n'), '~=10.0');
    assert.equal(specifierFromPythonManifest('/r/requirements.txt', 'requests\n'), null);
  });

  it('reads lockfiles', () => {
    assert.equal(versionFromPythonLock('poetry.lock', '[[package]]\nname = "requests"\nversion = "2.0"\n\n[[package]]\nname = "klaviyo-api"\nversion = "11.0.1"\n'), '11.0.1');
    assert.equal(versionFromPythonLock('uv.lock', '[[package]]\nname = "klaviyo-api"\nversion = "22.0.0"\nsource = { registry = "https://pypi.org/simple" }\n'), '22.0.0');
    assert.equal(versionFromPythonLock('Pipfile.lock', JSON.stringify({ develop: { 'klaviyo-api': { version: '==3.0.0' } } })), '3.0.0');
    assert.equal(versionFromPythonLock('Pipfile.lock', '{broken'), null);
  });

  it('finds the nearest manifest naming the package, not above the root', () => {
    const files: Record<string, string> = {
      '/ws/requirements.txt': 'klaviyo-api==1.0.0\n',
      '/ws/svc/requirements.txt': 'flask\n',
      '/ws/svc/api/poetry.lock': '[[package]]\nname = "klaviyo-api"\nversion = "21.0.0"\n',
      '/requirements.txt': 'klaviyo-api==3.0.0\n',
    };
    const read = (p: string): string | undefined => files[p];
    assert.equal(pythonSdkRevisionFor('/ws/svc/api/app.py', read, '/ws'), '2025-10-15');
    assert.equal(pythonSdkRevisionFor('/ws/svc/job.py', read, '/ws'), '2022-10-17');
    assert.equal(pythonSdkRevisionFor('/other/job.py', read, '/other'), null);
  });
});

describe('python legacy replacements', () => {
  it('name operations the catalog has', () => {
    for (const name of ['track_post', 'identify_post', 'metric_export', 'add_members', 'get_members_from_segment', 'exclude_globally', 'clone_template', 'schedule_campaign', 'get_list_info']) {
      const id = legacyPyReplacement(name);
      assert.ok(id && catalog.byId(id), `${name} → ${id}`);
    }
  });
});
