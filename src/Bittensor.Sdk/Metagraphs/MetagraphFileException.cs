namespace Bittensor.Sdk.Metagraphs;

/// <summary>A saved metagraph that cannot be loaded: which file, and why.</summary>
public sealed class MetagraphFileException : FormatException
{
    public MetagraphFileException()
    {
    }

    public MetagraphFileException(string message)
        : base(message)
    {
    }

    public MetagraphFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MetagraphFileException(MetagraphFileError error, string source, string message, Exception? innerException = null)
        : base($"{source}: {message}", innerException)
    {
        Error = error;
        FilePath = source;
    }

    public MetagraphFileError Error { get; }

    /// <summary>The file or folder path (or "&lt;memory&gt;").</summary>
    public string? FilePath { get; }
}
