using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>Events this slice emits, with upstream names, indices and field types.</summary>
/// <remarks>opentensor/subtensor <c>pallets/subtensor/src/macros/events.rs</c> (declaration order = index).</remarks>
public sealed partial class SubtensorModule
{
    public EventDescriptor NetworkAdded { get; private set; } = null!;

    public EventDescriptor StakeAdded { get; private set; } = null!;

    public EventDescriptor StakeRemoved { get; private set; } = null!;

    public EventDescriptor WeightsSet { get; private set; } = null!;

    public EventDescriptor NeuronRegistered { get; private set; } = null!;

    public EventDescriptor AxonServed { get; private set; } = null!;

    public EventDescriptor FirstEmissionBlockNumberSet { get; private set; } = null!;

    private void DefineEvents()
    {
        FieldDef netuid = new FieldDef(null, TypeRef.U16, "NetUid");
        FieldDef account = new FieldDef(null, KnownTypes.AccountId32, "T::AccountId");
        NetworkAdded = DefineEvent(0, "NetworkAdded", [netuid, new FieldDef(null, TypeRef.U16, "u16")], " a new network is added.");
        StakeAdded = DefineEvent(2, "StakeAdded", [account, account, new FieldDef(null, TypeRef.U64, "TaoBalance"), new FieldDef(null, TypeRef.U64, "AlphaBalance"), netuid, new FieldDef(null, TypeRef.U64, "u64")], " stake has been transferred from the a coldkey account onto the hotkey staking account.");
        StakeRemoved = DefineEvent(3, "StakeRemoved", [account, account, new FieldDef(null, TypeRef.U64, "TaoBalance"), new FieldDef(null, TypeRef.U64, "AlphaBalance"), netuid, new FieldDef(null, TypeRef.U64, "u64")], " stake has been removed from the hotkey staking account onto the coldkey account.");
        WeightsSet = DefineEvent(5, "WeightsSet", [new FieldDef(null, TypeRef.U16, "NetUidStorageIndex"), new FieldDef(null, TypeRef.U16, "u16")], " a caller successfully sets their weights on a subnetwork.");
        NeuronRegistered = DefineEvent(6, "NeuronRegistered", [netuid, new FieldDef(null, TypeRef.U16, "u16"), account], " a new neuron account has been registered to the chain.");
        AxonServed = DefineEvent(28, "AxonServed", [netuid, account], " the axon server information is added to the network.");
        FirstEmissionBlockNumberSet = DefineEvent(95, "FirstEmissionBlockNumberSet", [netuid, new FieldDef(null, TypeRef.U64, "u64")], " FirstEmissionBlockNumber is set via start call extrinsic");
    }
}
