namespace Bittensor.Runtime.Framework.Types;

/// <summary>A generic parameter of a named type as scale-info records it (<c>T</c> → u64); a null type is an unused parameter.</summary>
public sealed record TypeParam(string Name, TypeRef? Type);
