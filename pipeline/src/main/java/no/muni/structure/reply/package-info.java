/**
 * Replies to written questions: the question's header, the questions, the answers aligned by
 * number and the attachments.
 */
package no.muni.structure.reply;
