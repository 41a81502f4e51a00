namespace Bittensor.Cli.Sudo;

/// <summary>
/// One row of btcli's <c>HYPERPARAMS</c> table (bittensor_cli/src/__init__.py): the btcli name, the AdminUtils call that
/// sets it, whether only the sudo key may (<c>RootSudoOnly.TRUE</c>, sent wrapped in <c>Sudo.sudo</c>) or the subnet
/// owner may too, and the hyperparameter fields <c>sudo get</c> shows for it.
/// </summary>
public sealed record HyperparameterSetter(string Name, string Call, bool RootOnly, params string[] Shown)
{
    /// <summary>btcli 9.21's table, restricted to what AdminUtils can set; names btcli shows but cannot set are left out.</summary>
    public static IReadOnlyList<HyperparameterSetter> All { get; } =
    [
        new("rho", "sudo_set_rho", false),
        new("kappa", "sudo_set_kappa", true),
        new("immunity_period", "sudo_set_immunity_period", false),
        new("min_allowed_weights", "sudo_set_min_allowed_weights", false),
        new("max_weights_limit", "sudo_set_max_weight_limit", false),
        new("tempo", "sudo_set_tempo", true),
        new("min_difficulty", "sudo_set_min_difficulty", true),
        new("max_difficulty", "sudo_set_max_difficulty", false),
        new("weights_version", "sudo_set_weights_version_key", false),
        new("weights_rate_limit", "sudo_set_weights_set_rate_limit", true),
        new("adjustment_interval", "sudo_set_adjustment_interval", true),
        new("activity_cutoff", "sudo_set_activity_cutoff", false),
        new("target_regs_per_interval", "sudo_set_target_registrations_per_interval", true),
        new("min_burn", "sudo_set_min_burn", false),
        new("max_burn", "sudo_set_max_burn", true),
        new("bonds_moving_avg", "sudo_set_bonds_moving_average", false),
        new("max_regs_per_block", "sudo_set_max_registrations_per_block", true),
        new("serving_rate_limit", "sudo_set_serving_rate_limit", false),
        new("max_validators", "sudo_set_max_allowed_validators", true),
        new("adjustment_alpha", "sudo_set_adjustment_alpha", false),
        new("difficulty", "sudo_set_difficulty", true),
        new("commit_reveal_period", "sudo_set_commit_reveal_weights_interval", false),
        new("commit_reveal_weights_enabled", "sudo_set_commit_reveal_weights_enabled", false),
        new("alpha_values", "sudo_set_alpha_values", false, "alpha_low", "alpha_high"),
        new("liquid_alpha_enabled", "sudo_set_liquid_alpha_enabled", false),
        new("registration_allowed", "sudo_set_network_registration_allowed", true),
        new("network_pow_registration_allowed", "sudo_set_network_pow_registration_allowed", false),
        new("yuma3_enabled", "sudo_set_yuma3_enabled", false, "yuma_version"),
        new("alpha_sigmoid_steepness", "sudo_set_alpha_sigmoid_steepness", true),
        new("bonds_reset_enabled", "sudo_set_bonds_reset_enabled", false),
        new("transfers_enabled", "sudo_set_toggle_transfer", false),
        new("min_allowed_uids", "sudo_set_min_allowed_uids", true),
        new("sn_owner_hotkey", "sudo_set_sn_owner_hotkey", false),
        new("subnet_owner_hotkey", "sudo_set_sn_owner_hotkey", false),
        new("recycle_or_burn", "sudo_set_recycle_or_burn", false),
        new("max_allowed_uids", "sudo_set_max_allowed_uids", false),
    ];

    /// <summary>The hyperparameter fields that show this setter's effect (its own name unless stated).</summary>
    public IReadOnlyList<string> ShownFields => Shown.Length > 0 ? Shown : [Name];

    public static HyperparameterSetter? Find(string name) =>
        All.FirstOrDefault(h => string.Equals(h.Name, name.Replace('-', '_'), StringComparison.OrdinalIgnoreCase));
}
