namespace Bittensor.Core.Metadata;

/// <summary>How a metadata envelope (<c>"meta" ++ version ++ body</c>) was wrapped when it arrived.</summary>
public enum MetadataWrapping
{
    /// <summary>The bare envelope, as <c>state_getMetadata</c> returns it.</summary>
    None = 0,

    /// <summary><c>OpaqueMetadata</c> (<c>Vec&lt;u8&gt;</c>), as the runtime's <c>Metadata_metadata</c> returns it.</summary>
    Vec = 1,

    /// <summary><c>Option&lt;OpaqueMetadata&gt;</c>, as <c>Metadata_metadata_at_version</c> returns it.</summary>
    OptionVec = 2,
}
