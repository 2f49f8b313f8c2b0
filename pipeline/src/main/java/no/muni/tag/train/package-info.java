/**
 * Training and evaluation of the name-finder models on NorNE (CoNLL-U): {@code muni train} and
 * {@code muni eval}.
 */
package no.muni.tag.train;
