package no.muni.tag.features;

import no.muni.tag.Gazetteer;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a feature-generator XML descriptor use {@link NorwegianFeatureGenerator}:
 * {@code <generator class="no.muni.tag.features.NorwegianFeatureGeneratorFactory"><bool name="gazetteer">true</bool></generator>};
 * {@code <bool name="genitiveStems">true</bool>} adds the genitive-stem feature (off by default, so models trained
 * before it existed get the features they were trained with); {@code headsBefore} and {@code capitalContext} add
 * the organisation heads of the tokens before and a capitalised word's neighbour words (off by default, likewise).
 * OpenNLP instantiates it by class name when a model is trained and again when it is loaded.
 */
public final class NorwegianFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new NorwegianFeatureGenerator(getBool("gazetteer", true) ? Gazetteer.bundled() : null,
                getBool("genitiveStems", false), getBool("headsBefore", false), getBool("capitalContext", false));
    }
}
