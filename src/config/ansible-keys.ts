/**
 * The settings ansible-core 2.14 reads from ansible.cfg (its own and its bundled plugins'), by
 * section. castoff warns about every key it ignores; this list tells a key Ansible knows but
 * castoff does not support from a key nobody knows, which is most likely a typo.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter((w) => w !== ''));

export const ANSIBLE_CONFIG_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  defaults: words(`
    action_plugins action_warnings admin_users allow_unsafe_lookups
    allow_world_readable_tmpfiles ansible_managed any_errors_fatal ask_pass ask_vault_pass
    async_dir become_password_file become_plugins bin_ansible_callbacks cache_plugins
    callback_format_pretty callback_plugins callback_result_format callbacks_enabled
    check_mode_markers cliconf_plugins collections_on_ansible_version_mismatch collections_path
    collections_scan_sys_path common_remote_group connection_password_file connection_plugins
    cow_selection cowpath cowsay_enabled_stencils debug deprecation_warnings devel_warning
    display_args_to_stdout display_failed_stderr display_ok_hosts display_skipped_hosts
    doc_fragment_plugins docsite_root_url duplicate_dict_key enable_task_debugger
    error_on_missing_handler error_on_undefined_vars executable fact_caching
    fact_caching_connection fact_caching_prefix fact_caching_timeout fact_path facts_modules
    filter_plugins force_color force_handlers force_valid_group_names forks gather_subset
    gather_timeout gathering hash_behaviour home host_key_checking httpapi_plugins
    inject_facts_as_vars internal_poll_interval interpreter_python invalid_task_attribute_failed
    inventory inventory_plugins jinja2_extensions jinja2_native jinja2_native_warning
    keep_remote_files library local_tmp localhost_warning log_filter log_path lookup_plugins
    max_diff_size module_args module_compression module_ignore_exts module_name module_utils
    netconf_plugins network_group_modules no_log no_target_syslog nocolor nocows
    null_representation old_plugin_cache_clear playbook_dir playbook_vars_root
    plugin_filters_cfg poll_interval precedence private_key_file private_role_vars
    python_module_rlimit_nofile remote_port remote_tmp remote_user retry_files_enabled
    retry_files_save_path roles_path run_vars_plugins show_custom_stats show_per_host_start
    show_task_path_on_failure stdout_callback strategy strategy_plugins string_conversion_action
    su syslog_facility system_tmpdirs system_warnings task_debugger_ignore_errors task_timeout
    terminal_plugins test_plugins timeout transport use_persistent_connections
    validate_action_group_metadata vars_plugins vars_plugins_enabled vault_encrypt_identity
    vault_id_match vault_identity vault_identity_list vault_password_file verbose_to_stderr
    verbosity win_async_startup_timeout yaml_valid_extensions
  `),
  privilege_escalation: words(`
    agnostic_become_prompt become become_allow_same_user become_ask_pass become_exe become_flags
    become_method become_user
  `),
  persistent_connection: words(`
    ansible_connection_path command_timeout connect_retry_timeout connect_timeout
    control_path_dir
  `),
  connection: words(`
    pipelining
  `),
  colors: words(`
    changed console_prompt debug deprecate diff_add diff_lines diff_remove error highlight ok
    skip unreachable verbose warn
  `),
  selinux: words(`
    libvirt_lxc_noseclabel special_context_filesystems
  `),
  diff: words(`
    always context
  `),
  galaxy: words(`
    cache_dir collection_skeleton collection_skeleton_ignore disable_gpg_verify display_progress
    gpg_keyring ignore_certs ignore_signature_status_codes required_valid_signature_count
    role_skeleton role_skeleton_ignore server server_list token_path
  `),
  inventory: words(`
    any_unparsed_is_failed cache cache_connection cache_plugin cache_prefix cache_timeout
    enable_plugins export host_pattern_mismatch ignore_extensions ignore_patterns
    inventory_unparsed_warning unparsed_is_failed
  `),
  netconf_connection: words(`
    ssh_config
  `),
  paramiko_connection: words(`
    banner_timeout host_key_auto_add host_key_checking look_for_keys proxy_command pty
    record_host_keys remote_user use_rsa_sha2_algorithms
  `),
  jinja2: words(`
    dont_type_filters
  `),
  tags: words(`
    run skip
  `),
  runas_become_plugin: words(`
    flags password user
  `),
  su_become_plugin: words(`
    executable flags localized_prompts password user
  `),
  sudo_become_plugin: words(`
    executable flags password user
  `),
  callback_tree: words(`
    directory
  `),
  ssh_connection: words(`
    control_path control_path_dir host_key_checking pipelining pkcs11_provider retries
    scp_executable scp_extra_args scp_if_ssh sftp_batch_mode sftp_executable sftp_extra_args
    ssh_args ssh_common_args ssh_executable ssh_extra_args sshpass_prompt timeout
    transfer_method usetty
  `),
  winrm: words(`
    kinit_env_vars
  `),
  inventory_plugins: words(`
    use_extra_vars
  `),
  inventory_plugin_script: words(`
    always_show_stderr
  `),
  inventory_plugin_yaml: words(`
    yaml_valid_extensions
  `),
  url_lookup: words(`
    agent ca_path ciphers follow_redirects force timeout unix_socket unredirected_headers
    use_gssapi use_netrc
  `),
  powershell: words(`
    async_dir remote_tmp
  `),
  vars_host_group_vars: words(`
    stage
  `),
};
