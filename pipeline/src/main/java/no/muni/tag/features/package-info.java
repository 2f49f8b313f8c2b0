/**
 * Norwegian features for OpenNLP's name finder (token shapes, organisation heads), used alike when
 * training and when tagging, so the models see the same features in both.
 */
package no.muni.tag.features;
