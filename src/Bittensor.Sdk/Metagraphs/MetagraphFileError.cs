namespace Bittensor.Sdk.Metagraphs;

/// <summary>Why a saved metagraph could not be loaded.</summary>
public enum MetagraphFileError
{
    /// <summary>No such file, or no <c>block-N</c> file in the folder.</summary>
    NotFound,

    /// <summary>The file does not start with the metagraph magic bytes.</summary>
    NotAMetagraph,

    /// <summary>A format version this SDK does not read.</summary>
    UnsupportedVersion,

    /// <summary>The file ends before the length its header declares.</summary>
    Truncated,

    /// <summary>The payload does not match its SHA-256, or trailing bytes follow it.</summary>
    Corrupted,

    /// <summary>The payload is intact but its content is not a valid metagraph (bad JSON, missing field, wrong lengths).</summary>
    Invalid,
}
