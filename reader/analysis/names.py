"""Common given names (written for the project from general knowledge).

A capitalised word from this list opening a name is evidence of a person. The list is
deliberately broad across Spanish-, English-, Portuguese-, French-, Italian-, German-,
Slavic- and Arabic-speaking newsrooms' usual names; it is not taken from any data set.
"""

from __future__ import annotations

from reader.analysis.wordlist import words

GIVEN_NAMES = frozenset(
    words(
        """
        Aaron Abdel Abdul Abdullah Abel Abraham Ada Adam Adela Adolfo Adrián Adriana
        Adrian Agustín Agustina Ahmad Ahmed Aída Aitana Alan Albert Alberto Alejandra
        Alejandro Aleksander Aleksei Alexei Alessandro Alex Alexander Alexandra Alexis
        Alfonso Alfredo Ali Alice Alicia Alison Allison Alma Álvaro Amanda Amelia Amparo
        Amy Ana Anabel Anastasia Andrea Andrés Andrew Andrei Andrey Ángel Ángela Angela
        Angélica Angelina Anna Anne Annie Anthony Antonia Antonio Ariadna Ariel Arnaldo
        Arnold Arturo Ashley Augusto Aurelio Aurora Ayelén Barack Bárbara Barbara
        Beatriz Ben Benjamin Benjamín Bernard Bernardo Bernie Beth Betty Bill Billy
        Blanca Bob Bobby Boris Brad Brandon Brenda Brian Bruce Bruno Camila Camilo Carla
        Carles Carlos Carmen Carol Carolina Caroline Catalina Catherine Cecilia César
        Charles Charlie Charlotte Chris Christian Christina Christine Christopher Cindy
        Cintia Clara Claire Claudia Claudio Clemente Concepción Conchita Constanza
        Consuelo Cristian Cristina Cristóbal Cynthia Dan Dana Daniel Daniela Danny Dario
        Darío David Davide Deborah Debbie Delia Denis Dennis Diana Diane Diego Dilma
        Dmitri Dmitry Dolores Domingo Donald Donna Dora Doris Dorothy Douglas Dylan Ed
        Eddie Edgar Edith Eduardo Edward Edwin Elena Eli Elías Elisa Elizabeth Ella
        Ellen Eloy Elsa Elvira Emanuel Emilio Emily Emma Emmanuel Enrique Eric Erica
        Erik Ernesto Esperanza Esteban Estela Ester Esther Eugenia Eugenio Eva Evelyn
        Evo Fabián Fabio Facundo Federico Felipe Félix Fernanda Fernando Fidel Florencia
        Francesc Francesca Francesco Francis Francisco Frank Franco François Fred
        Gabriel Gabriela Gary George Georgina Gerardo Gerhard Germán Gilberto Gina
        Gloria Gonzalo Gordon Grace Graciela Greg Gregory Guadalupe Guillermo Gustavo
        Hamid Hannah Hans Harold Harry Hassan Héctor Heinrich Helen Helena Henry Hernán
        Hilary Hillary Horacio Hugo Humberto Ian Ignacio Igor Inés Ingrid Irene Iris
        Isaac Isabel Isabella Isidro Ismael Iván Ivan Jack Jacob Jacqueline Jaime Jair
        James Jan Jane Janet Javier Jean Jeff Jeffrey Jennifer Jeremy Jerome Jessica
        Jesús Jill Jim Jimmy Joan Joanna Joaquín Joe Joel Johan John Johnny Jon Jonathan
        Jordi Jorge José Josefa Josefina Joseph Josep Joshua Juan Juana Judith Julia
        Julian Julián Julie Julio Justin Justina Justino Karen Karl Katherine Kathleen Kathryn Kathy
        Keith Kelly Kenneth Kevin Kim Kimberly Kirsten Klaus Kurt Laura Lauren Laurent
        Leandro Leila Leo Leonardo León Leonel Leticia Lidia Liliana Linda Lisa Liz Lola
        Lorena Lorenzo Louis Lourdes Lucas Lucía Lucy Luis Luisa Luiz Luz Lydia
        Magdalena Manuel Manuela Marc Marcela Marcelo Marco Marcos Marcus Margaret
        Margarita María Mariana Mariano Marie Marina Mario Marisol Mark Marta Martha
        Martín Martin Mary Mateo Matías Matt Matthew Mauricio Max Maximiliano Megan
        Melissa Mercedes Michael Michel Michelle Miguel Mike Mikhail Milagros Miriam
        Mohamed Mohammed Muhammad Mónica Monica Nadia Nancy Natalia Nathalie Nathan
        Nelson Néstor Nicholas Nick Nicola Nicolas Nicolás Nicole Noelia Norma Nuria
        Octavio Olga Oliver Olivia Omar Óscar Oscar Pablo Paola Pamela Pascual Patricia
        Patricio Patrick Paul Paula Paulina Pedro Penélope Peter Philip Philippe Pierre
        Pilar Rafael Rafaela Ramiro Ramón Randy Raquel Raúl Ray Raymond Rebecca Regina
        Reinaldo Renata Ricardo Richard Rick Rita Robert Roberta Roberto Rocío Rodolfo
        Rodrigo Roger Rolando Román Ron Ronald Rosa Rosario Rose Rubén Ruth Ryan
        Salvador Sam Samantha Samuel Sandra Santiago Sara Sarah Scott Sean Sebastián
        Sebastian Selena Sergei Sergey Sergio Silvia Simón Simon Sofía Sophia Sophie
        Soledad Sonia Stefan Stephanie Stephen Steve Steven Susan Susana Tatiana Teresa
        Thomas Tim Timothy Tina Todd Tom Tomás Tony Valentina Valeria Vanessa Verónica
        Victor Víctor Victoria Vicente Vladimir Volodymyr Walter Wendy William Xavier
        Ximena Yolanda Yuri Zoe Emmanuel Olaf Angela Giorgia Mario Sergio Jair Luiz
        Gustavo Claudia Xi Narendra Recep Tayyip Kamala Joe Rishi Keir Justin Benjamin
        Yoav Ursula Josep Pedro Alberto Yolanda Santiago Isabel Mauricio Cristina Alan
        Alicia Andrés Manuel Gabriel Javier Rafael Daniel Nayib Dina Xiomara Nikol Ilham
        Recep Viktor Emmanuel Frank Friedrich Olena Yulia Kim Mohammad Ebrahim Masoud
        Bashar Hosni Abdelfatah Mahmoud Salman Tamim Shinzo Fumio Cyril Jacob Paul Uhuru
        William Bola Ahmed Abiy Marcelino Belén Xosé Xabier Iñaki Iker Aitor Nerea Ainhoa
        Inmaculada Montserrat Begoña Amaia Itziar Macarena Almudena Araceli Purificación
        Marisa Maite Mireia Meritxell Montse Íñigo Iñigo Unai Asier Gorka Joseba Aritz Borja
        Fermín Ginés Lluís Oriol Pere Quim Andoni Koldo Patxi Txema Ander Eneko Garbiñe
        Arantxa Edurne Idoia
        Ascensión Asunción Candelaria Caridad Clement Consolación Encarnación Estíbaliz
        Fátima Fuensanta Hernando Natividad Piedad Presentación Purificación Remedios
        Socorro Trinidad Visitación
        Modesto Segundo Primitivo Inocencio Clemencia
        Fausto Abelardo Agapito Aldo Alonso Amador Ambrosio Anselmo Apolinar Armando
        Arsenio Atilio Baltasar Bartolomé Basilio Bernabé Bienvenido Blas Bonifacio
        Braulio Calixto Cándido Casimiro Cayetano Ceferino Celestino Cipriano Conrado
        Cosme Damián Demetrio Dionisio Efraín Eladio Eleuterio Eliseo Emiliano Epifanio
        Eusebio Evaristo Ezequiel Faustino Feliciano Filiberto Florencio Fortunato Gaspar
        Genaro Gervasio Gregorio Heriberto Hilario Hipólito Honorio Isaías Jacinto
        Jenaro Jeremías Jonás Juvenal Ladislao Leoncio Leopoldo Lisandro Luciano Macario
        Marciano Melchor Moisés Nazario Nemesio Nicanor Norberto Olegario Onofre Orlando
        Osvaldo Oswaldo Plácido Porfirio Próspero Prudencio Raimundo Remigio Rigoberto
        Rogelio Romualdo Rufino Saturnino Serafín Silvio Sixto Tadeo Teodoro
        Teófilo Tiburcio Ulises Valentín Wenceslao Zacarías Adelaida Amalia Benita Celia
        Clotilde Emilia Enriqueta Estefanía Eulalia Fabiola Felisa Genoveva Gertrudis
        Herminia Hortensia Jacinta Juliana Leocadia Leonor Matilde Micaela Nélida Ofelia
        Ramona Rosalía Salomé Vanesa Zoila Zulema Yesenia Yamila Yadira Wilmer Yeison
        Brayan Deyanira Eliécer
        Akira Julieta Leire Ivana Ollie Iago Laia Mia Ayoze Derek Amira Dani Francisca
        Margalida Kayla Carmiña Gladys Yamileth Yoselin Kendrick Anastasios
        Ann Maria Kate Sue Rachel Katie Ted Ken Larry Phil Pete Shane Aisha Fatima Yusuf
        Mustafa Khalid Tariq Priya Rahul Amit Sunil Yuki Hiroshi Kenji Irina Svetlana
        Oksana Piotr Tomasz Katarzyna Agnieszka Ngozi Chukwuma Kwame Kofi Amina Halima
        Naledi Thabo Sipho Jomo Wanjiru Dmytro Mykola Andriy Oleksandr Taras Bogdan
        Zbigniew Krzysztof Wojciech Jaroslaw Mateusz Magdalena Ewa Hanna Ilse Ingo Jürgen
        Uwe Sven Lars Nils Bjorn Ola Kari Annika Astrid Mette Pernille Henrik Anders
        Harvey Austin Florence Chester Troy Eugene Beverly Shelby Madison Savannah Quincy
        """
    )
)
