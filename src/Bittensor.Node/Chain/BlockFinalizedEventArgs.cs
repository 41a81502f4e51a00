namespace Bittensor.Node.Chain;

/// <summary>Raised when a block becomes final after its import (a multi-authority gadget); instant finality reports it in <see cref="BlockImportedEventArgs"/> instead.</summary>
internal sealed class BlockFinalizedEventArgs(BlockEntry block) : EventArgs
{
    public BlockEntry Block { get; } = block;
}
