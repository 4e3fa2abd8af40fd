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
export interface AnsibleModuleRef {
  /** Fully qualified name after redirects, e.g. `ansible.builtin.lineinfile`. */
  fqcn: string;
  /** Absolute path of the module's `.py` file. */
  file: string;
  /** The collection that holds the module; absent for ansible-core's own (`ansible.builtin`). */
  collection?: AnsibleCollection;
  installation: AnsibleInstallation;
}
