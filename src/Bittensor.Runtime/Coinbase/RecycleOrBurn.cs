namespace Bittensor.Runtime.Coinbase;

/// <summary><c>RecycleOrBurn</c>: what happens to miner emission withheld from the subnet owner's own hotkeys.</summary>
public enum RecycleOrBurn
{
    /// <summary>Burned: alpha issuance is unchanged (the storage default when unset).</summary>
    Burn,

    /// <summary>Recycled: taken off <c>SubnetAlphaOut</c>, so it is emitted again.</summary>
    Recycle,
}
