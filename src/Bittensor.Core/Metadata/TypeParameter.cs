namespace Bittensor.Core.Metadata;

/// <summary>
/// A generic parameter of a registry type (scale-info's <c>TypeParameter</c>): its name (<c>"T"</c>, <c>"E"</c>)
/// and the type it was instantiated with, or null when the parameter is phantom or skipped.
/// </summary>
public sealed record TypeParameter(string Name, uint? Type);
