using ArvexLab.Graph.Extraction.Semantics;

namespace ArvexLab.Graph.Extraction.Tests.Semantics;

public sealed class TextNormalTests
{
    [Theory]
    [InlineData("Certi\uFB01cate of Registration", "certificate of registration")]
    [InlineData("Data \uFB02ows and e\uFB00ective, e\uFB03cient", "data flows and effective efficient")]
    public void Keys_of_text_with_typographic_ligatures_equal_the_keys_of_the_plain_spelling(string printed, string key)
    {
        Assert.Equal(key, TextNormal.Key(printed));
        Assert.Equal(1.0, TextNormal.Jaccard(printed, key));
    }

    [Theory]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("CENTRO TEKNOLOJİ ANONİM ŞİRKETİ", "centro teknoloji anonim sirketi")]
    [InlineData("Ekol Belgelendirme Şirketi", "ekol belgelendirme sirketi")]
    [InlineData("Łódź Straße", "lodz strasse")]
    [InlineData("Ærøskøbing Œuvre", "aeroskobing oeuvre")]
    [InlineData("Čeština Ångström Ñandú Đorđe Þórshöfn", "cestina angstrom nandu dorde thorshofn")]
    [InlineData("Ĳssel Ţară Ștefan", "ijssel tara stefan")]
    public void Key_folds_accented_latin_letters_to_ascii(string printed, string key)
    {
        Assert.Equal(key, TextNormal.Key(printed));
        Assert.Equal(1.0, TextNormal.Jaccard(printed, key));
    }

    [Fact]
    public void Key_of_decomposed_text_drops_the_combining_accents_without_breaking_the_word()
    {
        Assert.Equal("societe generale", TextNormal.Key("Socie\u0301te\u0301 Ge\u0301ne\u0301rale"));
    }

    [Fact]
    public void Key_still_separates_words_at_signs_within_the_folded_range()
    {
        Assert.Equal("2 3 4", TextNormal.Key("2×3÷4"));
    }
}
