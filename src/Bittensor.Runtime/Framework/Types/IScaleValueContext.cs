using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework.Types;

/// <summary>Decodes the outer enums (a nested <c>RuntimeCall</c>, as in Sudo.sudo) for the dynamic value codec.</summary>
public interface IScaleValueContext
{
    object DecodeOuter(OuterEnumKind kind, ref ScaleReader reader);

    void EncodeOuter(OuterEnumKind kind, object value, ref ScaleWriter writer);
}
