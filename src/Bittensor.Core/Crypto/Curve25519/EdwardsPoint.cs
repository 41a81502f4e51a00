namespace Bittensor.Core.Crypto.Curve25519;

// Point models of the twisted Edwards curve −x² + y² = 1 + d·x²y² (curve25519-dalek backend/serial/curve_models),
// with the same formulas so the limb bounds documented on FieldElement hold. Variable time; public data only.

/// <summary>Extended coordinates (X:Y:Z:T) with x = X/Z, y = Y/Z, xy = T/Z.</summary>
internal readonly struct EdwardsPoint(FieldElement x, FieldElement y, FieldElement z, FieldElement t)
{
    internal readonly FieldElement X = x, Y = y, Z = z, T = t;

    internal static EdwardsPoint Identity => new(FieldElement.Zero, FieldElement.One, FieldElement.One, FieldElement.Zero);

    internal ProjectivePoint ToProjective() => new(X, Y, Z);

    internal ProjectiveNielsPoint ToProjectiveNiels() =>
        new(FieldElement.Add(Y, X), FieldElement.Sub(Y, X), Z, FieldElement.Mul(T, Constants.EdwardsD2));

    internal AffineNielsPoint ToAffineNiels()
    {
        FieldElement recip = FieldElement.Invert(Z);
        FieldElement x = FieldElement.Mul(X, recip);
        FieldElement y = FieldElement.Mul(Y, recip);
        FieldElement xy2d = FieldElement.Mul(FieldElement.Mul(x, y), Constants.EdwardsD2);
        return new AffineNielsPoint(FieldElement.Add(y, x), FieldElement.Sub(y, x), xy2d);
    }

    internal EdwardsPoint Double() => ToProjective().Double().ToExtended();

    internal CompletedPoint Add(in ProjectiveNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Sub(Y, X);
        FieldElement pp = FieldElement.Mul(yPlusX, other.YPlusX);
        FieldElement mm = FieldElement.Mul(yMinusX, other.YMinusX);
        FieldElement tt2d = FieldElement.Mul(T, other.T2d);
        FieldElement zz = FieldElement.Mul(Z, other.Z);
        FieldElement zz2 = FieldElement.Add(zz, zz);
        return new CompletedPoint(FieldElement.Sub(pp, mm), FieldElement.Add(pp, mm), FieldElement.Add(zz2, tt2d), FieldElement.Sub(zz2, tt2d));
    }

    internal CompletedPoint Subtract(in ProjectiveNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Sub(Y, X);
        FieldElement pm = FieldElement.Mul(yPlusX, other.YMinusX);
        FieldElement mp = FieldElement.Mul(yMinusX, other.YPlusX);
        FieldElement tt2d = FieldElement.Mul(T, other.T2d);
        FieldElement zz = FieldElement.Mul(Z, other.Z);
        FieldElement zz2 = FieldElement.Add(zz, zz);
        return new CompletedPoint(FieldElement.Sub(pm, mp), FieldElement.Add(pm, mp), FieldElement.Sub(zz2, tt2d), FieldElement.Add(zz2, tt2d));
    }

    internal CompletedPoint Add(in AffineNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Sub(Y, X);
        FieldElement pp = FieldElement.Mul(yPlusX, other.YPlusX);
        FieldElement mm = FieldElement.Mul(yMinusX, other.YMinusX);
        FieldElement txy2d = FieldElement.Mul(T, other.XY2d);
        FieldElement z2 = FieldElement.Add(Z, Z);
        return new CompletedPoint(FieldElement.Sub(pp, mm), FieldElement.Add(pp, mm), FieldElement.Add(z2, txy2d), FieldElement.Sub(z2, txy2d));
    }

    internal CompletedPoint Subtract(in AffineNielsPoint other)
    {
        FieldElement yPlusX = FieldElement.Add(Y, X);
        FieldElement yMinusX = FieldElement.Sub(Y, X);
        FieldElement pm = FieldElement.Mul(yPlusX, other.YMinusX);
        FieldElement mp = FieldElement.Mul(yMinusX, other.YPlusX);
        FieldElement txy2d = FieldElement.Mul(T, other.XY2d);
        FieldElement z2 = FieldElement.Add(Z, Z);
        return new CompletedPoint(FieldElement.Sub(pm, mp), FieldElement.Add(pm, mp), FieldElement.Sub(z2, txy2d), FieldElement.Add(z2, txy2d));
    }
}

/// <summary>Projective coordinates (X:Y:Z), the cheapest input for doubling.</summary>
internal readonly struct ProjectivePoint(FieldElement x, FieldElement y, FieldElement z)
{
    internal readonly FieldElement X = x, Y = y, Z = z;

    internal static ProjectivePoint Identity => new(FieldElement.Zero, FieldElement.One, FieldElement.One);

    internal CompletedPoint Double()
    {
        FieldElement xx = FieldElement.Square(X);
        FieldElement yy = FieldElement.Square(Y);
        FieldElement zz2 = FieldElement.Square2(Z);
        FieldElement xPlusYSquared = FieldElement.Square(FieldElement.Add(X, Y));
        FieldElement yyPlusXx = FieldElement.Add(yy, xx);
        FieldElement yyMinusXx = FieldElement.Sub(yy, xx);
        return new CompletedPoint(FieldElement.Sub(xPlusYSquared, yyPlusXx), yyPlusXx, yyMinusXx, FieldElement.Sub(zz2, yyMinusXx));
    }
}

/// <summary>"Completed" coordinates ((X:Z), (Y:T)) with x = X/Z, y = Y/T: the output of additions and doublings.</summary>
internal readonly struct CompletedPoint(FieldElement x, FieldElement y, FieldElement z, FieldElement t)
{
    internal readonly FieldElement X = x, Y = y, Z = z, T = t;

    internal ProjectivePoint ToProjective() =>
        new(FieldElement.Mul(X, T), FieldElement.Mul(Y, Z), FieldElement.Mul(Z, T));

    internal EdwardsPoint ToExtended() =>
        new(FieldElement.Mul(X, T), FieldElement.Mul(Y, Z), FieldElement.Mul(Z, T), FieldElement.Mul(X, Y));
}

/// <summary>Cached form of a point for repeated additions: (Y+X, Y−X, Z, 2d·T).</summary>
internal readonly struct ProjectiveNielsPoint(FieldElement yPlusX, FieldElement yMinusX, FieldElement z, FieldElement t2d)
{
    internal readonly FieldElement YPlusX = yPlusX, YMinusX = yMinusX, Z = z, T2d = t2d;
}

/// <summary>Affine cached form (y+x, y−x, 2d·xy) for precomputed basepoint multiples.</summary>
internal readonly struct AffineNielsPoint(FieldElement yPlusX, FieldElement yMinusX, FieldElement xy2d)
{
    internal readonly FieldElement YPlusX = yPlusX, YMinusX = yMinusX, XY2d = xy2d;
}
