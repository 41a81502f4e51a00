namespace Bittensor.Core.Metadata;

/// <summary>A runtime API method argument (V15 <c>RuntimeApiMethodParamMetadata</c>); arguments are SCALE-concatenated in <c>state_call</c> data.</summary>
public sealed record RuntimeApiMethodParameter(string Name, uint Type);
