namespace Bittensor.Node.Chain;

/// <summary>
/// Decides finality at import. The node has one authority, so <see cref="InstantFinality"/> finalizes each block as it is
/// committed (in the same batch). A multi-authority gadget (GRANDPA-style votes) would answer false here and call
/// <see cref="Blockchain.Finalize"/> once enough authorities have voted; nothing else in import changes.
/// </summary>
internal interface IFinalityGadget
{
    /// <summary>True when <paramref name="block"/>, about to be committed as the new best block, is final at once.</summary>
    bool IsFinalOnImport(BlockEntry block);
}
