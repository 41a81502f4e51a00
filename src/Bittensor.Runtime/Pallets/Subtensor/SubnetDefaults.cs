namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Hyperparameters written by <c>init_new_network</c> for every new subnet. Upstream sets some (★ in the spec) and leaves the
/// rest at their storage defaults; a dev chain wants short tempos and no commit-reveal or rate limits, which upstream gets
/// by sudo calls after creation. These values are chain configuration, identical on every node.
/// </summary>
/// <param name="Tempo">Blocks per epoch.</param>
/// <param name="CommitRevealWeightsEnabled">Whether set_weights is rejected in favour of commit/reveal.</param>
/// <param name="WeightsSetRateLimit">Blocks between weight sets of a uid.</param>
/// <param name="EmissionEnabledAtCreation"><c>SubnetEmissionEnabled</c> at creation (upstream: false until root enables it).</param>
/// <param name="Yuma3On">Yuma 3 bonds.</param>
/// <param name="HotkeySwapOnSubnetInterval">The <c>HotkeySwapOnSubnetInterval</c> constant: blocks between hotkey swaps of a
/// coldkey on one subnet (upstream runtime <c>prod_or_fast!(7200, 1)</c>).</param>
public sealed record SubnetDefaults(ushort Tempo, bool CommitRevealWeightsEnabled, ulong WeightsSetRateLimit, bool EmissionEnabledAtCreation, bool Yuma3On, ulong HotkeySwapOnSubnetInterval = 7_200)
{
    /// <summary>Upstream runtime values.</summary>
    public static SubnetDefaults Upstream { get; } = new(SubtensorModule.DefaultTempo, true, 100, false, true);

    /// <summary>A local development network: tempo 10, commit-reveal off, no weights rate limit, emission on at creation, and the
    /// fast-runtime hotkey swap interval (1 block).</summary>
    public static SubnetDefaults Dev { get; } = new(10, false, 0, true, true, 1);
}
