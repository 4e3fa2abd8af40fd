/**
 * What castoff knows of an Ansible installation on the controller and of one module found in it.
 * castoff runs these modules unchanged (it never ships code of its own under Ansible's names), so
 * their results are Ansible's by construction.
 */

/** An installed ansible-core, with the collection roots searched next to it. */
export interface AnsibleInstallation {
  /** Directory of the `ansible` Python package (`.../dist-packages/ansible`). */
  packageDir: string;
  /** ansible-core's version, e.g. `2.14.18`. */
  version: string;
  /** The Python interpreter that imported it (only for messages). */
  python: string;
  /**
   * Directories that each contain an `ansible_collections/` folder, in search order: configured
   * collection paths first, then the `ansible_collections` package installed beside `ansible`.
   */
  collectionRoots: string[];
}

/** One collection folder: `<root>/ansible_collections/<namespace>/<name>`. */
export interface AnsibleCollection {
  namespace: string;
  name: string;
  /** Absolute path of the collection folder. */
  dir: string;
}

/** A module file found in an Ansible installation or collection, ready to be built into a payload. */
export interface AnsibleModuleRef extends AnsibleModuleRouting {
  /** Fully qualified name after redirects, e.g. `ansible.builtin.lineinfile`. */
  fqcn: string;
  /** Absolute path of the module's `.py` file. */
  file: string;
  /** The collection that holds the module; absent for ansible-core's own (`ansible.builtin`). */
  collection?: AnsibleCollection;
  installation: AnsibleInstallation;
}

/**
 * Where to look for Ansible on the controller, from the settings (ansible.cfg and the environment);
 * every field is optional, an absent one means Ansible's default.
 */
export interface AnsibleSearchOptions {
  /**
   * `castoff_ansible_python` / `CASTOFF_ANSIBLE_PYTHON`: a Python interpreter that imports
   * `ansible`, or the directory of the `ansible` package itself; asked before the others.
   */
  python?: string;
  /** `collections_path` / `ANSIBLE_COLLECTIONS_PATH`: collection roots; unset = Ansible's default. */
  collectionsPaths?: string[];
  /** The folder of the playbook: its `collections/` folder is searched first, as Ansible does. */
  playbookDir?: string;
  /** `castoff_prefer_ansible_modules`: names castoff and Ansible both have mean Ansible's module. */
  preferAnsibleModules?: boolean;
  /** Environment to read PATH and HOME from; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Folder of the installation cache; default `$XDG_CACHE_HOME/castoff` or `~/.cache/castoff`. */
  cacheDir?: string;
}

/** What a module name resolved to besides its file: how it got there, and what Ansible adds on the controller. */
export interface AnsibleModuleRouting {
  /** Names followed through `plugin_routing` redirects before reaching `fqcn`, first as written. */
  redirectedFrom?: string[];
  /** The deprecation warning a `plugin_routing` entry on the way carries, in Ansible's wording. */
  deprecation?: string;
  /**
   * The controller-side action plugin Ansible runs for this name (`plugins/action/<name>.py`),
   * when there is one: running the module file alone is then not what Ansible does.
   */
  actionPlugin?: string;
}
