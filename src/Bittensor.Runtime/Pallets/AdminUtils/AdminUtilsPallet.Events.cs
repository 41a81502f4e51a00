using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.AdminUtils;

/// <summary>AdminUtils events in declaration order (= index).</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/admin-utils/src/lib.rs::Event</c>. <c>U64F64</c> is described as its
/// 128-bit representation (the same 16 bytes on the wire).</remarks>
public sealed partial class AdminUtilsPallet
{
    private static readonly string[] Precompiles =
        ["BalanceTransfer", "Staking", "Subnet", "Metagraph", "Neuron", "UidLookup", "Alpha", "Crowdloan", "Proxy", "Leasing", "AddressMapping", "VotingPower"];

    public EventDescriptor PrecompileUpdated { get; private set; } = null!;

    public EventDescriptor Yuma3EnableToggled { get; private set; } = null!;

    public EventDescriptor BondsResetToggled { get; private set; } = null!;

    public EventDescriptor BurnHalfLifeSet { get; private set; } = null!;

    public EventDescriptor BurnIncreaseMultSet { get; private set; } = null!;

    public EventDescriptor SubnetEmissionEnabledSet { get; private set; } = null!;

    private void DefineEvents()
    {
        FieldDef netuid = P("netuid", TypeRef.U16, "NetUid");
        FieldDef enabled = P("enabled", TypeRef.Bool, "bool");
        TypeRef precompile = TypeRef.Variant(["pallet_admin_utils", "pallet", "PrecompileEnum"], [.. Precompiles.Select((n, i) => new VariantDef(n, (byte)i, []))]);
        PrecompileUpdated = DefineEvent(0, "PrecompileUpdated", [P("precompile_id", precompile, "PrecompileEnum"), enabled], "Event emitted when a precompile operation is updated.");
        Yuma3EnableToggled = DefineEvent(1, "Yuma3EnableToggled", [netuid, enabled], "Event emitted when the Yuma3 enable is toggled.");
        BondsResetToggled = DefineEvent(2, "BondsResetToggled", [netuid, enabled], "Event emitted when Bonds Reset is toggled.");
        BurnHalfLifeSet = DefineEvent(3, "BurnHalfLifeSet", [netuid, P("burn_half_life", TypeRef.U16, "u16")], "Event emitted when the burn half-life parameter is set for a subnet.");
        BurnIncreaseMultSet = DefineEvent(4, "BurnIncreaseMultSet", [netuid, P("burn_increase_mult", TypeRef.U128, "U64F64")], "Event emitted when the burn increase multiplier is set for a subnet.");
        SubnetEmissionEnabledSet = DefineEvent(5, "SubnetEmissionEnabledSet", [netuid, enabled], "Pool-side subnet emission injections and chain buys were enabled or disabled.");
    }
}
