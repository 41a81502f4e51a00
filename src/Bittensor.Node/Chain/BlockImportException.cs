namespace Bittensor.Node.Chain;

/// <summary>A block is refused by import (unknown parent, bad seal, execution or root mismatch); nothing was committed.</summary>
internal sealed class BlockImportException : Exception
{
    public BlockImportException()
    {
    }

    public BlockImportException(string message)
        : base(message)
    {
    }

    public BlockImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
